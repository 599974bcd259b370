use std::collections::BTreeMap;

use crate::item::Item;

#[derive(Debug, Default)]
pub struct Inventory {
    items: BTreeMap<String, Item>,
}

impl Inventory {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, sku: &str, name: &str, qty: u32, price_cents: u64) {
        let entry = self
            .items
            .entry(sku.to_string())
            .or_insert_with(|| Item::new(name, 0, price_cents));
        entry.qty += qty;
    }

    /// Take `qty` units out of stock; returns how many are left.
    pub fn remove(&mut self, sku: &str, qty: u32) -> Result<u32, String> {
        let item = self.items.get_mut(sku).ok_or_else(|| format!("unknown sku {sku}"))?;
        if item.qty < qty {
            return Err(format!("only {} of {sku} left", item.qty));
        }
        item.qty -= qty;
        let left = item.qty;
        if left == 0 {
            self.items.remove(sku);
        }
        Ok(left)
    }

    /// SKUs whose quantity is at or below `threshold`, in SKU order.
    pub fn low_stock(&self, threshold: u32) -> Vec<&str> {
        let mut out = Vec::new();
        for (sku, item) in &self.items {
            if item.qty <= threshold {
                out.push(sku.as_str());
            }
            }
        }
        out
    }

    pub fn value_cents(&self) -> u64 {
        self.items.values().map(Item::value_cents).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_remove_and_value() {
        let mut inv = Inventory::new();
        inv.add("B-2", "bolt", 10, 15);
        inv.add("N-1", "nut", 3, 5);
        inv.add("B-2", "bolt", 5, 15);
        assert_eq!(inv.value_cents(), 15 * 15 + 3 * 5);
        assert_eq!(inv.remove("B-2", 4), Ok(11));
        assert_eq!(inv.remove("N-1", 3), Ok(0));
        assert_eq!(inv.remove("N-1", 1), Err("unknown sku N-1".to_string()));
        assert_eq!(inv.remove("B-2", 20), Err("only 11 of B-2 left".to_string()));
    }

    #[test]
    fn low_stock_is_sorted() {
        let mut inv = Inventory::new();
        inv.add("Z-9", "zip", 2, 1);
        inv.add("A-1", "axle", 1, 1);
        inv.add("M-5", "motor", 50, 1);
        assert_eq!(inv.low_stock(2), vec!["A-1", "Z-9"]);
        assert!(inv.low_stock(0).is_empty());
    }
}
