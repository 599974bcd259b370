//! A shopping cart with tiered volume discounts (amounts in cents).
pub mod pricing;

use pricing::{apply_bps, discount_bps_for};

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub sku: String,
    pub unit_cents: u64,
    pub qty: u64,
}

#[derive(Default)]
pub struct Cart {
    lines: Vec<Line>,
}

impl Cart {
    pub fn add(&mut self, sku: &str, unit_cents: u64, qty: u64) {
        if let Some(l) = self.lines.iter_mut().find(|l| l.sku == sku) {
            l.qty += qty;
        } else {
            self.lines.push(Line { sku: sku.to_string(), unit_cents, qty });
        }
    }

    pub fn units(&self) -> u64 {
        self.lines.iter().map(|l| l.qty).sum()
    }

    pub fn subtotal(&self) -> u64 {
        self.lines.iter().map(|l| l.unit_cents * l.qty).sum()
    }

    pub fn discount(&self) -> u64 {
        apply_bps(self.subtotal(), discount_bps_for(self.units()))
    }

    pub fn total(&self) -> u64 {
        self.subtotal() - self.discount()
    }
}
