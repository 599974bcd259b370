#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub name: String,
    pub qty: u32,
    pub price_cents: u64,
}

impl Item {
    pub fn new(name: &str, qty: u32, price_cents: u64) -> Self {
        Item { name: name.to_string(), qty, price_cents }
    }

    pub fn value_cents(&self) -> u64 {
        self.qty as u64 * self.price_cents
    }
}
