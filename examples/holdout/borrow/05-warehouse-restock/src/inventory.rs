use crate::orders::OrderBook;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub sku: String,
    pub qty: u32,
    pub reorder_at: u32,
    pub location: String,
}

#[derive(Debug, Default)]
pub struct Inventory {
    items: Vec<Item>,
    orders: OrderBook,
}

impl Inventory {
    pub fn add(&mut self, sku: &str, qty: u32, reorder_at: u32, location: &str) {
        self.items.push(Item {
            sku: sku.to_string(),
            qty,
            reorder_at,
            location: location.to_string(),
        });
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn orders(&self) -> &OrderBook {
        &self.orders
    }

    /// Manual purchase order placed by an operator.
    pub fn place_order(&mut self, sku: &str, qty: u32) -> u32 {
        self.orders.place(sku, qty)
    }

    /// Remove `n` units; re-order automatically when stock falls below the threshold.
    /// Returns the remaining quantity.
    pub fn take(&mut self, sku: &str, n: u32) -> Result<u32, String> {
        let item = self
            .items
            .iter_mut()
            .find(|i| i.sku == sku)
            .ok_or_else(|| format!("unknown sku {sku}"))?;
        if item.qty < n {
            return Err(format!("only {} of {sku} left", item.qty));
        }
        item.qty -= n;
        if item.qty < item.reorder_at {
            self.place_order(&item.sku, item.reorder_at * 2 - item.qty);
        }
        Ok(item.qty)
    }
}
