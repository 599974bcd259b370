//! Inverted index over the lines of a document, with AND queries.
use std::collections::{BTreeSet, HashMap};

pub struct LineIndex {
    index: HashMap<String, BTreeSet<usize>>,
    stopwords: Vec<&'static str>,
}

fn normalize(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

impl LineIndex {
    pub fn build(text: &str) -> Self {
        let stopwords = vec!["a", "an", "the", "of", "and"];
        let mut index: HashMap<String, BTreeSet<usize>> = HashMap::new();
        for (lineno, line) in text.lines().enumerate() {
            for raw in line.split_whitespace() {
                let word = normalize(raw);
                if word.is_empty() || stopwords.contains(&word.as_str()) {
                    continue;
                }
                index.entry(word).or_default().insert(lineno + 1);
            }
        }
        LineIndex { index, stopwords }
    }

    /// 1-based line numbers containing every (non-stopword) query word.
    pub fn query(&self, query: &str) -> Vec<usize> {
        let mut result: Option<BTreeSet<usize>> = None;
        for raw in query.split_whitespace() {
            let word = normalize(raw);
            if self.stopwords.contains(&word.as_str()) {
                continue;
            }
            if !self.index.contains(&word) {
                return Vec::new();
            }
            let lines = &self.index[&word];
            result = Some(match result {
                None => lines.clone(),
                Some(acc) => acc.intersection(lines).copied().collect(),
            });
        }
        result.map(|s| s.into_iter().collect()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The quick brown fox\nA lazy dog.\nThe fox and the dog!\nbrown bread";

    #[test]
    fn single_word() {
        let idx = LineIndex::build(TEXT);
        assert_eq!(idx.query("fox"), vec![1, 3]);
        assert_eq!(idx.query("Brown"), vec![1, 4]);
    }

    #[test]
    fn and_query_and_missing_words() {
        let idx = LineIndex::build(TEXT);
        assert_eq!(idx.query("the fox dog"), vec![3]);
        assert_eq!(idx.query("fox cat"), Vec::<usize>::new());
        assert_eq!(idx.query("the"), Vec::<usize>::new());
    }
}
