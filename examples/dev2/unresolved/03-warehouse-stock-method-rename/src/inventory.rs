use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Inventory {
    stock: BTreeMap<String, u32>,
    minimum: BTreeMap<String, u32>,
}

impl Inventory {
    pub fn receive(&mut self, sku: &str, qty: u32) {
        *self.stock.entry(sku.to_string()).or_insert(0) += qty;
    }

    /// Remove `qty` units; fails without changing anything if there are not enough.
    pub fn ship(&mut self, sku: &str, qty: u32) -> Result<(), String> {
        let have = self.stock.get_mut(sku).ok_or(format!("unknown sku {}", sku))?;
        if *have < qty {
            return Err(format!("only {} of {} in stock", have, sku));
        }
        *have -= qty;
        Ok(())
    }

    pub fn set_minimum(&mut self, sku: &str, minimum: u32) {
        self.minimum.insert(sku.to_string(), minimum);
    }

    /// Units of `sku` on hand (0 for unknown SKUs).
    pub fn quantity(&self, sku: &str) -> u32 {
        self.stock.get(sku).copied().unwrap_or(0)
    }

    pub fn minimums(&self) -> impl Iterator<Item = (&str, u32)> {
        self.minimum.iter().map(|(sku, min)| (sku.as_str(), *min))
    }
}
