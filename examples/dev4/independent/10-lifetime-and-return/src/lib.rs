pub fn longest(a: &str, b: &str) -> &str {
    if a.len() >= b.len() { a } else { b }
}

pub fn count_long(words: &[&str], min: usize) -> usize {
    let mut n = 0;
    for w in words {
        if w.len() >= min {
            n += 1;
        }
    }
}
