//! Word frequency counting with stop words.
use std::collections::HashMap;

pub const STOP_WORDS: &[&str] = &["a", "an", "and", "the", "of", "to"];

/// Case-insensitive word counts, most frequent first (ties alphabetical).
pub fn frequencies(text: &str, top: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut skipped = 0usize;
    let record = |word: &str| {
        let word = word.to_lowercase();
        if STOP_WORDS.contains(&word.as_str()) {
            skipped += 1;
        } else {
            *counts.entry(word).or_insert(0) += 1;
        }
    };
    for line in text.lines() {
        for word in line.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            if !word.is_empty() {
                record(word);
            }
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(top);
    if skipped > 0 && ranked.is_empty() {
        ranked.push(("<stop words>".to_string(), skipped));
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_words() {
        let text = "The cat and the hat.\nA cat's hat, a CAT!\nhat";
        assert_eq!(
            frequencies(text, 3),
            vec![("hat".to_string(), 3), ("cat".to_string(), 2), ("cat's".to_string(), 1)]
        );
    }

    #[test]
    fn only_stop_words() {
        assert_eq!(frequencies("the and of", 5), vec![("<stop words>".to_string(), 3)]);
        assert!(frequencies("", 5).is_empty());
    }
}
