use std::collections::BTreeMap;

#[derive(Default)]
pub struct Inventory {
    stock: BTreeMap<String, u32>,
}

impl Inventory {
    pub fn add(&mut self, item: &str, n: u32) {
        *self.stock.entry(item.to_string()).or_insert(0) += n;
    }

    pub fn count(self, item: &str) -> u32 {
        self.stock.get(item).copied().unwrap_or(0)
    }
}
