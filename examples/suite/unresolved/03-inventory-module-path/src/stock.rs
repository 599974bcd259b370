use std::collections::BTreeMap;

use crate::models::Item;

#[derive(Default)]
pub struct Stock {
    items: BTreeMap<String, (Item, u32)>,
}

impl Stock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn register(&mut self, item: Item) {
        self.items.entry(item.sku.clone()).or_insert((item, 0));
    }

    /// Add (positive) or remove (negative) units. Returns the new quantity,
    /// or `None` if the SKU is unknown or there is not enough stock.
    pub fn adjust(&mut self, sku: &str, delta: i64) -> Option<u32> {
        let (_, qty) = self.items.get_mut(sku)?;
        let next = i64::from(*qty) + delta;
        if next < 0 {
            return None;
        }
        *qty = u32::try_from(next).ok()?;
        Some(*qty)
    }

    pub fn quantity(&self, sku: &str) -> Option<u32> {
        self.items.get(sku).map(|(_, q)| *q)
    }

    /// SKUs whose quantity is at or below their reorder level, in SKU order.
    pub fn to_reorder(&self) -> Vec<&Item> {
        self.items
            .values()
            .filter(|(item, qty)| *qty <= item.reorder_level)
            .map(|(item, _)| item)
            .collect()
    }
}
