//! In-memory inverted index with AND queries.
use std::collections::{BTreeSet, HashMap};

pub struct Index {
    docs: Vec<String>,
    postings: HashMap<String, BTreeSet<usize>>,
}

fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

impl Index {
    pub fn build(docs: &[&str]) -> Self {
        let mut postings: HashMap<String, BTreeSet<usize> = HashMap::new();
        for (id, doc) in docs.iter().enumerate() {
            for tok in tokens(doc) {
                postings.entry(tok).or_default().insert(id);
            }
        }
        Index { docs: docs.iter().map(|d| d.to_string()).collect(), postings }
    }

    /// Documents containing every word of `query`, in document order.
    pub fn search(&self, query: &str) -> Vec<&str> {
        let mut result: Option<BTreeSet<usize>> = None;
        for tok in tokens(query) {
            let ids = self.postings.get(&tok).cloned().unwrap_or_default();
            result = Some(match result {
                None => ids,
                Some(acc) => acc.intersection(&ids).copied().collect(),
            });
        }
        result
            .unwrap_or_default()
            .into_iter()
            .map(|id| self.docs[id].as_str())
            .collect()
    }

    pub fn vocabulary(&self) -> usize {
        self.postings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn and_queries_are_case_insensitive() {
        let idx = Index::build(&["The quick brown fox", "A quick-witted dog", "Brown dog, lazy fox"]);
        assert_eq!(idx.search("QUICK"), vec!["The quick brown fox", "A quick-witted dog"]);
        assert_eq!(idx.search("brown fox"), vec!["The quick brown fox", "Brown dog, lazy fox"]);
        assert_eq!(idx.search("dog lazy"), vec!["Brown dog, lazy fox"]);
        assert!(idx.search("quick lazy").is_empty());
        assert!(idx.search("").is_empty());
    }

    #[test]
    fn vocabulary_counts_distinct_words() {
        let idx = Index::build(&["a b a", "b c"]);
        assert_eq!(idx.vocabulary(), 3);
    }
}
