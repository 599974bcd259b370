//! Count word frequencies across documents using a few worker threads.

use std::collections::HashMap;
use std::rc::Rc;
use std::thread;

pub type Counts = HashMap<String, usize>;

fn count_into(text: &str, counts: &mut Counts) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
}

/// Split the documents between `workers` threads and merge their counts.
pub fn word_counts(docs: Vec<String>, workers: usize) -> Counts {
    let workers = workers.max(1);
    let docs = Rc::new(docs);
    let mut handles = Vec::new();

    for id in 0..workers {
        let docs = Rc::clone(&docs);
        handles.push(thread::spawn(move || {
            let mut local = Counts::new();
            for doc in docs.iter().skip(id).step_by(workers) {
                count_into(doc, &mut local);
            }
            local
        }));
    }

    let mut total = Counts::new();
    for handle in handles {
        let local = handle.join().expect("worker panicked");
        for (word, n) in local {
            *total.entry(word).or_insert(0) += n;
        }
    }
    total
}

/// The `n` most frequent words, ties broken alphabetically.
pub fn top_words(counts: &Counts, n: usize) -> Vec<(String, usize)> {
    let mut pairs: Vec<(String, usize)> = counts.iter().map(|(w, c)| (w.clone(), *c)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pairs.truncate(n);
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<String> {
        vec![
            "The cat sat on the mat.".to_string(),
            "the dog, the cat".to_string(),
            "A bird".to_string(),
        ]
    }

    #[test]
    fn counts_across_workers() {
        let counts = word_counts(docs(), 2);
        assert_eq!(counts["the"], 4);
        assert_eq!(counts["cat"], 2);
        assert_eq!(counts.get("fish"), None);
    }

    #[test]
    fn same_result_for_any_worker_count() {
        let one = word_counts(docs(), 1);
        let many = word_counts(docs(), 5);
        assert_eq!(one, many);
        assert_eq!(
            top_words(&many, 2),
            vec![("the".to_string(), 4), ("cat".to_string(), 2)]
        );
    }
}
