//! Reorder planning for a small shop's inventory.
pub mod planner;

#[derive(Debug, Clone)]
pub struct StockItem {
    pub sku: String,
    pub qty: u32,
    pub reorder_level: u32,
    pub reorder_qty: u32,
    pub discontinued: bool,
}

impl StockItem {
    pub fn new(sku: &str, qty: u32, reorder_level: u32, reorder_qty: u32) -> Self {
        StockItem { sku: sku.to_string(), qty, reorder_level, reorder_qty, discontinued: false }
    }
}
