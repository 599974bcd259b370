use std::collections::BTreeMap;

#[derive(Debug, PartialEq)]
pub enum StockError {
    UnknownSku(String),
    Insufficient { sku: String, available: u32 },
}

#[derive(Default)]
struct Item {
    on_hand: u32,
    reserved: u32,
}

#[derive(Default)]
pub struct Warehouse {
    items: BTreeMap<String, Item>,
}

impl Warehouse {
    pub fn receive(&mut self, sku: &str, qty: u32) {
        self.items.entry(sku.to_string()).or_default().on_hand += qty;
    }

    pub fn available(&self, sku: &str) -> u32 {
        self.items.get(sku).map_or(0, |i| i.on_hand - i.reserved)
    }

    pub fn reserve(&mut self, sku: &str, qty: u32) -> Result<(), StockError> {
        let item = self.items.get_mut(sku).ok_or_else(|| StockError::UnknownSku(sku.to_string()))?;
        let available = item.on_hand - item.reserved;
        if qty > available {
            return Err(StockError::Insufficient { sku: sku.to_string(), available });
        }
        Ok(())
    }

    /// Ship `qty` previously reserved units.
    pub fn ship(&mut self, sku: &str, qty: u32) -> Result<(), StockError> {
        let item = self.items.get_mut(sku).ok_or_else(|| StockError::UnknownSku(sku.to_string()))?;
        let shipped = qty.min(item.reserved);
        item.reserved -= shipped;
        item.on_hand -= shipped;
        Ok(())
    }

    pub fn report(&self) -> Vec<String> {
        self.items
            .iter()
            .map(|(sku, i)| format!("{}: {} on hand, {} reserved", sku, i.on_hand, i.reserved))
            .collect()
    }
}
