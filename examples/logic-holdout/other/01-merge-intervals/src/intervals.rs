/// Sort and merge overlapping or touching intervals `(start, end)`, `start <= end`.
pub fn merge(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    v.sort();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(v.len());
    for next in v {
        match out.last_mut() {
            Some(last) if next.0 <= last.1 => {
                last.1 = next.1;
            }
            _ => out.push(next),
        }
    }
    out
}

/// Total length covered by the intervals.
pub fn covered(v: Vec<(u32, u32)>) -> u32 {
    merge(v).iter().map(|(a, b)| b - a).sum()
}

/// Free gaps inside `lo..=hi` that no interval covers, as `(start, end)` pairs.
pub fn gaps(v: Vec<(u32, u32)>, lo: u32, hi: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut cursor = lo;
    for (a, b) in merge(v) {
        if a > cursor {
            out.push((cursor, a.min(hi)));
        }
        cursor = cursor.max(b);
    }
    if cursor < hi {
        out.push((cursor, hi));
    }
    out
}
