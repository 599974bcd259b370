fn num(s: &str) -> Option<u64> {
    s.trim().parse().ok()
}

/// `"250ms"`, `"30s"`, `"5m"` or `"2h"` in milliseconds; a bare number is seconds.
pub fn parse_timeout(v: &str) -> Option<u64> {
    let v = v.trim();
    if let Some(n) = v.strip_suffix('s') {
        return num(n).map(|x| x * 1_000);
    }
    if let Some(n) = v.strip_suffix("ms") {
        return num(n);
    }
    if let Some(n) = v.strip_suffix('m') {
        return num(n).map(|x| x * 60_000);
    }
    if let Some(n) = v.strip_suffix('h') {
        return num(n).map(|x| x * 3_600_000);
    }
    num(v).map(|x| x * 1_000)
}
