use crate::inventory::Inventory;

pub fn opening() -> Inventory {
    let mut inv = Inventory::default();
    inv.add("apple", 3);
    inv.add("pear", 2);
    inv
}

pub fn has(inv: &Inventory, item: &str) -> bool {
    inv.count(item) > 0
}

pub fn total(inv: &Inventory, items: &[&str]) -> u32 {
    items.iter().map(|i| inv.count(i)).sum()
}
