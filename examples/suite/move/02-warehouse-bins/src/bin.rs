use std::collections::HashMap;

pub struct Bin {
    code: String,
    contents: HashMap<String, u32>,
    last_sku: Option<String>,
}

impl Bin {
    pub fn new(code: &str) -> Self {
        Bin { code: code.to_string(), contents: HashMap::new(), last_sku: None }
    }

    pub fn code(&self) -> &str {
        &self.code
    }

    pub fn put(&mut self, sku: &str, qty: u32) {
        *self.contents.entry(sku.to_string()).or_insert(0) += qty;
        self.last_sku = Some(sku.to_string());
    }

    pub fn quantity(&self, sku: &str) -> u32 {
        self.contents.get(sku).copied().unwrap_or(0)
    }

    pub fn last_sku(&self) -> Option<String> {
        self.last_sku
    }
}
