#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub name: String,
    sku: String,
    price_cents: u64,
}

impl Product {
    /// SKUs are stored upper-case so lookups are case-insensitive.
    pub fn new(name: &str, sku: &str, price_cents: u64) -> Product {
        Product { name: name.trim().to_string(), sku: sku.trim().to_ascii_uppercase(), price_cents }
    }

    pub fn sku(&self) -> &str {
        &self.sku
    }

    pub fn price_cents(&self) -> u64 {
        self.price_cents
    }

    pub fn matches(&self, sku: &str) -> bool {
        self.sku.eq_ignore_ascii_case(sku.trim())
    }
}
