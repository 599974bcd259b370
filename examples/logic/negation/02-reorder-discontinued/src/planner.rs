use crate::StockItem;

/// An item is reordered when it is still sold and at or below its reorder level.
pub fn needs_reorder(item: &StockItem) -> bool {
    item.discontinued && item.qty <= item.reorder_level
}

/// Purchase order lines `(sku, qty)`, sorted by sku.
pub fn purchase_order(items: &[StockItem]) -> Vec<(String, u32)> {
    let mut lines: Vec<(String, u32)> = items
        .iter()
        .filter(|i| needs_reorder(i))
        .map(|i| (i.sku.clone(), i.reorder_qty))
        .collect();
    lines.sort();
    lines
}

pub fn units_to_order(items: &[StockItem]) -> u32 {
    purchase_order(items).iter().map(|(_, q)| q).sum()
}
