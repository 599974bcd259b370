#[derive(Default)]
pub struct Cache {
    map: HashMap<String, u32>,
}

impl Cache {
    pub fn put(&mut self, k: &str, v: u32) {
        self.map.insert(k.to_string(), v);
    }

    pub fn get(&self, k: &str) -> Option<u32> {
        self.map.get(k).copied()
    }
}
