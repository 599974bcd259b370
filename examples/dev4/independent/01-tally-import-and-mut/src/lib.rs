pub fn tally(words: &[&str]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in words {
        *counts.entry(w.to_string()).or_default() += 1;
    }
    counts
}

pub fn evens(limit: u32) -> Vec<u32> {
    let out = Vec::new();
    for n in 0..limit {
        if n % 2 == 0 {
            out.push(n);
        }
    }
    out
}
