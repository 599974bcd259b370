use crate::storage::Storage;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct MemStorage {
    map: BTreeMap<String, Vec<u8>>,
}

impl Storage for MemStorage {
    fn get(&self, key: &str) -> Option<Vec<u8>> {
        self.map.get(key).cloned()
    }

    fn put(&mut self, key: &str, value: Vec<u8>) {
        self.map.insert(key.to_string(), value);
    }

    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}
