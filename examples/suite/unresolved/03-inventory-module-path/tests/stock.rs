use unresolved_inventory_module_path::{Item, Stock};

#[test]
fn adjust_tracks_quantities() {
    let mut s = Stock::new();
    s.register(Item::new("A-1", "bolt", 5));
    assert_eq!(s.adjust("A-1", 10), Some(10));
    assert_eq!(s.adjust("A-1", -4), Some(6));
    assert_eq!(s.adjust("A-1", -7), None);
    assert_eq!(s.quantity("A-1"), Some(6));
    assert_eq!(s.adjust("nope", 1), None);
}

#[test]
fn reorder_list_is_sorted_by_sku() {
    let mut s = Stock::new();
    s.register(Item::new("B-2", "nut", 3));
    s.register(Item::new("A-1", "bolt", 5));
    s.register(Item::new("C-3", "washer", 1));
    s.adjust("C-3", 9);
    let names: Vec<&str> = s.to_reorder().iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["bolt", "nut"]);
}
