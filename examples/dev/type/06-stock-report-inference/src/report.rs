use crate::stock::Stock;

/// Names of the items at or below their reorder point, sorted, comma separated.
pub fn low_stock(stock: &Stock) -> String {
    let mut names = stock
        .items()
        .iter()
        .filter(|i| i.qty <= i.reorder_at)
        .map(|i| i.name.as_str())
        .collect();
    names.sort();
    names.join(", ")
}

pub fn summary(stock: &Stock) -> String {
    match stock.qty_range() {
        Some(range) => format!("{} items, qty {}..={}", stock.items().len(), range[0], range[1]),
        None => "no items".to_string(),
    }
}
