//! Word frequency counting split across worker threads.
use std::collections::HashMap;
use std::sync::Arc;
use std::thread;

/// Count lower-cased words of one line, ignoring surrounding punctuation.
pub fn count_words(line: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for raw in line.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !word.is_empty() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    counts
}

pub fn parallel_word_count(lines: Vec<String>, workers: usize) -> HashMap<String, usize> {
    let workers = workers.max(1);
    let chunk = lines.len().div_ceil(workers).max(1);
    let lines = Arc::new(lines);
    let mut handles = Vec::new();
    for w in 0..workers {
        let lines = Arc::clone(&lines);
        handles.push(thread::spawn(|| {
            let start = (w * chunk).min(lines.len());
            let end = ((w + 1) * chunk).min(lines.len());
            let mut local: HashMap<String, usize> = HashMap::new();
            for line in &lines[start..end] {
                for (word, n) in count_words(line) {
                    *local.entry(word).or_insert(0) += n;
                }
            }
            local
        }));
    }
    let mut total = HashMap::new();
    for h in handles {
        for (word, n) in h.join().expect("worker panicked") {
            *total.entry(word).or_insert(0) += n;
        }
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Vec<String> {
        ["The cat sat.", "the dog, the CAT!", "a bird", "Dog days"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn counts_across_workers() {
        let counts = parallel_word_count(corpus(), 3);
        assert_eq!(counts["the"], 3);
        assert_eq!(counts["cat"], 2);
        assert_eq!(counts["dog"], 2);
        assert_eq!(counts.len(), 7);
    }

    #[test]
    fn more_workers_than_lines() {
        assert_eq!(parallel_word_count(corpus(), 16), parallel_word_count(corpus(), 1));
        assert!(parallel_word_count(Vec::new(), 4).is_empty());
    }
}
