use std::collections::HashMap;

use crate::normalize::normalize;

#[derive(Debug, Default)]
pub struct WordCounter {
    counts: HashMap<String, u32>,
}

impl WordCounter {
    /// Count one occurrence; returns the new count for that word.
    pub fn bump(&mut self, word: &str) -> Option<u32> {
        let key = normalize(word)?;
        let current = self.counts.get(&key).unwrap_or(&0);
        self.counts.insert(key, current + 1);
        Some(*current + 1)
    }

    pub fn add_text(&mut self, text: &str) {
        for word in text.split_whitespace() {
            self.bump(word);
        }
    }

    /// The `n` most frequent words, ties broken alphabetically.
    pub fn top(&self, n: usize) -> Vec<(&str, u32)> {
        let mut all: Vec<(&str, u32)> = self.counts.iter().map(|(w, c)| (w.as_str(), *c)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.truncate(n);
        all
    }
}
