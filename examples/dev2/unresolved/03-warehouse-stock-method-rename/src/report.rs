use crate::inventory::Inventory;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reorder {
    pub sku: String,
    pub on_hand: u32,
    pub order: u32,
}

/// SKUs below their minimum, with enough ordered to reach twice the minimum.
pub fn restock_lines(inventory: &Inventory) -> Vec<Reorder> {
    let mut lines = Vec::new();
    for (sku, minimum) in inventory.minimums() {
        let on_hand = inventory.count(sku);
        if on_hand < minimum {
            lines.push(Reorder { sku: sku.to_string(), on_hand, order: minimum * 2 - on_hand });
        }
    }
    lines
}
