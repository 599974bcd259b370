use crate::inventory::Inventory;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Items below their re-order threshold, grouped by warehouse zone
/// (the part of the location before the first '-').
pub fn low_stock_by_zone(inv: &Inventory) -> String {
    let mut by_zone = BTreeMap::new();
    for item in inv.items() {
        if item.qty >= item.reorder_at {
            continue;
        }
        let zone = item.location.to_uppercase().split('-').next().unwrap_or("");
        by_zone.entry(zone).or_insert_with(Vec::new).push(item.sku.as_str());
    }
    let mut out = String::new();
    for (zone, skus) in &by_zone {
        writeln!(out, "{zone}: {}", skus.join(", ")).unwrap();
    }
    out
}
