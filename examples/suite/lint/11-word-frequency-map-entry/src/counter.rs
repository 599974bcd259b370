use std::collections::HashMap;

use crate::normalize::normalize;

#[derive(Debug, Default)]
pub struct WordCounter {
    counts: HashMap<String, usize>,
    total: usize,
}

impl WordCounter {
    pub fn add_text(&mut self, text: &str) {
        for word in text.split_whitespace().filter_map(normalize) {
            if !self.counts.contains_key(&word) {
                self.counts.insert(word, 1);
            } else {
                *self.counts.get_mut(&word).unwrap() += 1;
            }
            self.total += 1;
        }
    }

    pub fn count(&self, word: &str) -> usize {
        self.counts.get(word).copied().unwrap_or(0)
    }

    pub fn total(&self) -> usize {
        self.total
    }

    /// Highest counts first; ties broken alphabetically.
    pub fn most_common(&self, n: usize) -> Vec<(String, usize)> {
        let mut all: Vec<(String, usize)> = self.counts.iter().map(|(w, &c)| (w.clone(), c)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        all.truncate(n);
        all
    }
}
