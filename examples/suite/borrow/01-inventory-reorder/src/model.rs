/// A stock-keeping unit held in the warehouse.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub sku: String,
    pub on_hand: u32,
    pub reorder_point: u32,
    pub reorder_qty: u32,
}

impl Item {
    pub fn new(sku: &str, on_hand: u32, reorder_point: u32, reorder_qty: u32) -> Self {
        Item {
            sku: sku.to_string(),
            on_hand,
            reorder_point,
            reorder_qty,
        }
    }

    pub fn needs_reorder(&self) -> bool {
        self.on_hand <= self.reorder_point
    }
}

/// One line of a purchase order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderLine {
    pub sku: String,
    pub quantity: u32,
}
