/// One stock-keeping unit.
#[derive(Debug)]
pub struct Item {
    pub name: String,
    pub quantity: u32,
    pub price_cents: u64,
}

impl Item {
    pub fn new(name: &str, price_cents: u64) -> Self {
        Item { name: name, quantity: 0, price_cents }
    }
}
