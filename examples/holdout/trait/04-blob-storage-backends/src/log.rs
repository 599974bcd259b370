use crate::storage::Storage;
use std::collections::BTreeSet;

/// Append-only log: writes and deletions (tombstones) are never overwritten.
#[derive(Debug, Default)]
pub struct AppendLog {
    entries: Vec<(String, Option<Vec<u8>>)>,
}

impl AppendLog {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Storage for AppendLog {
    fn get(&self, key: &str) -> Option<Vec<u8>> {
        self.entries.iter().rev().find(|(k, _)| k == key).and_then(|(_, v)| v.clone())
    }

    fn put(&mut self, key: String, value: Vec<u8>) {
        self.entries.push((key, Some(value)));
    }

    fn delete(&mut self, key: &str) -> bool {
        let existed = self.get(key).is_some();
        if existed {
            self.entries.push((key.to_string(), None));
        }
        existed
    }

    fn keys(&self) -> Vec<String> {
        let all: BTreeSet<&String> = self.entries.iter().map(|(k, _)| k).collect();
        all.into_iter().filter(|k| self.get(k).is_some()).cloned().collect()
    }
}
