use std::collections::HashMap;

#[derive(Default)]
pub struct Table {
    names: HashMap<u32, String>,
}

impl Table {
    pub fn set(&mut self, id: u32, name: &str) {
        self.names.insert(id, name.to_string());
    }

    pub fn lookup(&self, id: u32) -> Option<&str> {
        self.names.get(&id).map(|s| s.as_str())
    }
}
