//! Packing orders into boxes and pallets.
pub mod packing;

use packing::boxes_needed;

pub struct Product {
    pub name: String,
    pub per_box: u32,
}

/// `(product, quantity, boxes)` for each order line, plus the total number of boxes.
pub fn plan(lines: &[(Product, u32)]) -> (Vec<(String, u32, u32)>, u32) {
    let rows: Vec<(String, u32, u32)> = lines
        .iter()
        .map(|(p, qty)| (p.name.clone(), *qty, boxes_needed(*qty, p.per_box)))
        .collect();
    let total = rows.iter().map(|r| r.2).sum();
    (rows, total)
}
