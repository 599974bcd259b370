use std::collections::BTreeMap;

use crate::store::Store;

#[derive(Debug, Default)]
pub struct MemoryStore {
    data: BTreeMap<String, String>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.data.get(key).cloned()
    }

    fn put(&mut self, key: &str, value: &str) {
        self.data.insert(key.to_string(), value.to_string());
    }

    fn keys(&self) -> Vec<String> {
        self.data.keys().cloned().collect()
    }
}
