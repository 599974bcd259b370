use std::thread;

#[derive(Debug, Default)]
pub struct Corpus {
    docs: Vec<String>,
}

impl Corpus {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, doc: &str) {
        self.docs.push(doc.to_string());
    }

    pub fn word_count(&self) -> usize {
        count_words(&self.docs)
    }

    pub fn longest_doc(&self) -> Option<&str> {
        self.docs
            .iter()
            .max_by_key(|d| d.split_whitespace().count())
            .map(String::as_str)
    }

    /// Same as `word_count`, split across up to `workers` threads.
    pub fn parallel_word_count(&self, workers: usize) -> usize {
        if self.docs.is_empty() {
            return 0;
        }
        let chunk_size = self.docs.len().div_ceil(workers.max(1));
        let mut handles = Vec::new();
        for chunk in self.docs.chunks(chunk_size) {
            handles.push(thread::spawn(move || count_words(chunk)));
        }
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    }
}

fn count_words(docs: &[String]) -> usize {
    docs.iter().map(|d| d.split_whitespace().count()).sum()
}
