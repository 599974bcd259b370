use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::thread;

pub type Counts = HashMap<String, usize>;

fn count_words(docs: &[String], stop: &HashSet<String>) -> Counts {
    let mut counts = Counts::new();
    for doc in docs {
        for word in doc.split(|c: char| !c.is_alphanumeric()) {
            let word = word.to_lowercase();
            if word.is_empty() || stop.contains(&word) {
                continue;
            }
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    counts
}

/// Count words across documents using `workers` threads, skipping stop words.
pub fn parallel_counts(docs: Vec<String>, stop_words: &[&str], workers: usize) -> Counts {
    let stop: Arc<HashSet<String>> = Arc::new(stop_words.iter().map(|s| s.to_string()).collect());
    let per_worker = docs.len().div_ceil(workers.max(1)).max(1);

    let mut handles = Vec::new();
    let mut docs = docs.into_iter().peekable();
    while docs.peek().is_some() {
        let chunk: Vec<String> = docs.by_ref().take(per_worker).collect();
        let stop = Arc::clone(&stop);
        handles.push(thread::spawn(|| count_words(&chunk, &stop)));
    }

    let mut total = Counts::new();
    for handle in handles {
        for (word, n) in handle.join().expect("worker panicked") {
            *total.entry(word).or_insert(0) += n;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<String> {
        vec![
            "The cat sat on the mat.".to_string(),
            "A dog and a cat!".to_string(),
            "the END".to_string(),
        ]
    }

    #[test]
    fn merges_counts_from_all_workers() {
        let counts = parallel_counts(docs(), &["the", "a", "and", "on"], 2);
        assert_eq!(counts.get("cat"), Some(&2));
        assert_eq!(counts.get("end"), Some(&1));
        assert_eq!(counts.get("the"), None);
        assert_eq!(counts.values().sum::<usize>(), 6);
    }

    #[test]
    fn worker_count_does_not_change_result() {
        let one = parallel_counts(docs(), &[], 1);
        let many = parallel_counts(docs(), &[], 8);
        assert_eq!(one, many);
        assert_eq!(one.get("the"), Some(&3));
    }
}
