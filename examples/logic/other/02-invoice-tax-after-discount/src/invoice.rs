use crate::apply_rate;

#[derive(Debug, Clone)]
pub struct Item {
    pub description: String,
    pub cents: u64,
    pub qty: u64,
}

pub struct Invoice {
    pub items: Vec<Item>,
    pub discount_bps: u64,
    pub tax_bps: u64,
}

impl Invoice {
    pub fn new(discount_bps: u64, tax_bps: u64) -> Self {
        Invoice { items: Vec::new(), discount_bps, tax_bps }
    }

    pub fn add(&mut self, description: &str, cents: u64, qty: u64) -> &mut Self {
        self.items.push(Item { description: description.to_string(), cents, qty });
        self
    }

    pub fn subtotal(&self) -> u64 {
        self.items.iter().map(|i| i.cents * i.qty).sum()
    }

    pub fn discount(&self) -> u64 {
        apply_rate(self.subtotal(), self.discount_bps)
    }

    pub fn tax(&self) -> u64 {
        apply_rate(self.subtotal(), self.tax_bps)
    }

    pub fn total(&self) -> u64 {
        self.subtotal() - self.discount() + self.tax()
    }

    pub fn lines(&self) -> Vec<String> {
        self.items
            .iter()
            .map(|i| format!("{} x{} = {}", i.description, i.qty, i.cents * i.qty))
            .collect()
    }
}
