use crate::text;

pub fn count(s: &str) -> usize {
    text::words(s).len()
}

pub fn longest(s: &str) -> Option<&str> {
    text::words(s).into_iter().max_by_key(|w| w.len())
}

pub fn initials(s: &str) -> String {
    text::words(s).iter().filter_map(|w| w.chars().next()).collect()
}
