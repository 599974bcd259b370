#[derive(Default)]
pub struct Bag {
    items: Vec<String>,
}

impl Bag {
    pub fn insert(&mut self, s: &str) {
        self.items.push(s.to_string());
    }

    pub fn count(&self) -> u32 {
        self.items.len() as u32
    }
}
