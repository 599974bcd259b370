#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub sku: String,
    pub name: String,
    pub qty: u32,
    pub reorder_at: u32,
}

#[derive(Debug, Default)]
pub struct Stock {
    items: Vec<Item>,
}

impl Stock {
    pub fn add(&mut self, sku: &str, name: &str, qty: u32, reorder_at: u32) {
        let item = Item { sku: sku.into(), name: name.into(), qty, reorder_at };
        self.items.push(item);
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Take `n` units; the remaining quantity, or an error if there are not enough.
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
        Ok(item.qty)
    }

    /// Smallest and largest quantity on hand.
    pub fn qty_range(&self) -> Option<(u32, u32)> {
        let min = self.items.iter().map(|i| i.qty).min()?;
        let max = self.items.iter().map(|i| i.qty).max()?;
        Some((min, max))
    }
}
