pub mod model;

use model::{Item, OrderLine};

#[derive(Default)]
pub struct Inventory {
    items: Vec<Item>,
    pending: Vec<OrderLine>,
}

impl Inventory {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, item: Item) {
        self.items.push(item);
    }

    pub fn take(&mut self, sku: &str, qty: u32) -> Result<u32, String> {
        let item = self
            .items
            .iter_mut()
            .find(|i| i.sku == sku)
            .ok_or_else(|| format!("unknown sku {sku}"))?;
        if item.on_hand < qty {
            return Err(format!("only {} of {sku} left", item.on_hand));
        }
        item.on_hand -= qty;
        Ok(item.on_hand)
    }

    fn queue_order(&mut self, sku: &str, quantity: u32) {
        if !self.pending.iter().any(|line| line.sku == sku) {
            self.pending.push(OrderLine {
                sku: sku.to_string(),
                quantity,
            });
        }
    }

    /// Queue a purchase order line for every item at or below its reorder point.
    /// Returns how many new lines were queued.
    pub fn plan_reorders(&mut self) -> usize {
        let before = self.pending.len();
        for item in self.items.iter().filter(|i| i.needs_reorder()) {
            self.queue_order(&item.sku, item.reorder_qty);
        }
        self.pending.len() - before
    }

    pub fn pending(&self) -> &[OrderLine] {
        &self.pending
    }

    pub fn order_manual(&mut self, sku: &str, quantity: u32) {
        self.queue_order(sku, quantity);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stocked() -> Inventory {
        let mut inv = Inventory::new();
        inv.add(Item::new("bolt-m4", 120, 50, 500));
        inv.add(Item::new("nut-m4", 40, 50, 400));
        inv.add(Item::new("washer", 10, 10, 1000));
        inv
    }

    #[test]
    fn reorders_items_at_or_below_point() {
        let mut inv = stocked();
        assert_eq!(inv.plan_reorders(), 2);
        let skus: Vec<&str> = inv.pending().iter().map(|l| l.sku.as_str()).collect();
        assert_eq!(skus, ["nut-m4", "washer"]);
        assert_eq!(inv.pending()[1].quantity, 1000);
    }

    #[test]
    fn does_not_duplicate_pending_lines() {
        let mut inv = stocked();
        inv.order_manual("washer", 5);
        assert_eq!(inv.plan_reorders(), 1);
        assert_eq!(inv.pending().len(), 2);
        assert_eq!(inv.pending()[0].quantity, 5);
        inv.take("bolt-m4", 80).unwrap();
        assert_eq!(inv.plan_reorders(), 1);
        assert!(inv.take("bolt-m4", 100).is_err());
    }
}
