use crate::counter::Counter;

pub fn word_counts(text: &str) -> Counter {
    let mut c = Counter::default();
    for w in text.split_whitespace() {
        c.incr(&w.to_lowercase());
    }
    c
}

pub fn twice(c: &mut Counter, key: &str) -> usize {
    c.incr(key);
    c.incr(key)
}
