#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchaseOrder {
    pub id: u32,
    pub sku: String,
    pub qty: u32,
}

#[derive(Debug, Default)]
pub struct OrderBook {
    next_id: u32,
    open: Vec<PurchaseOrder>,
}

impl OrderBook {
    pub fn place(&mut self, sku: &str, qty: u32) -> u32 {
        self.next_id += 1;
        self.open.push(PurchaseOrder { id: self.next_id, sku: sku.to_string(), qty });
        self.next_id
    }

    pub fn open(&self) -> &[PurchaseOrder] {
        &self.open
    }
}
