use std::collections::BTreeMap;

#[derive(Default)]
pub struct Counter {
    counts: BTreeMap<String, usize>,
}

impl Counter {
    pub fn bump(&mut self, key: &str) -> usize {
        let n = self.counts.entry(key.to_string()).or_insert(0);
        *n += 1;
        *n
    }

    pub fn count(&self, key: &str) -> usize {
        self.counts.get(key).copied().unwrap_or(0)
    }
}
