use std::collections::HashMap;

#[derive(Default)]
pub struct Cache {
    entries: HashMap<u32, String>,
}

impl Cache {
    pub fn put(&mut self, key: u32, value: &str) {
        self.entries.insert(key, value.to_string());
    }

    pub fn get(&self, key: u64) -> Option<&str> {
        self.entries.get(&key).map(|s| s.as_str())
    }
}
