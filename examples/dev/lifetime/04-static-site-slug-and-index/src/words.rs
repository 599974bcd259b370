use std::collections::BTreeMap;

/// Counts words longer than three letters; keys borrow from the indexed text.
#[derive(Debug, Default)]
pub struct WordIndex<'a> {
    counts: BTreeMap<&'a str, usize>,
}

impl<'a> WordIndex<'a> {
    pub fn add(&mut self, text: &'a str) {
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 3) {
            *self.counts.entry(word).or_insert(0) += 1;
        }
    }

    /// The `n` most frequent words, ties in alphabetical order.
    pub fn top(&self, n: usize) -> Vec<(String, usize)> {
        let mut all: Vec<(&str, usize)> = self.counts.iter().map(|(w, c)| (*w, *c)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.into_iter().take(n).map(|(w, c)| (w.to_string(), c)).collect()
    }
}

/// The most common words across all post bodies, case-insensitively.
pub fn common_words(bodies: &[&str], n: usize) -> Vec<(String, usize)> {
    let mut index = WordIndex::default();
    for body in bodies {
        let lowered = body.to_lowercase();
        index.add(&lowered);
    }
    index.top(n)
}
