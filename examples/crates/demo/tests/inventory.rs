use rusta_demo_inventory::Inventory;

#[test]
fn adding_and_taking_keeps_counts() {
    let mut inventory = Inventory::new();
    inventory.add("bolt", 10, 25);
    inventory.add("bolt", 5, 25);
    assert_eq!(inventory.take("bolt", 12), 12);
    assert_eq!(inventory.take("bolt", 12), 3);
    assert_eq!(inventory.take("nut", 1), 0);
}

#[test]
fn value_sums_price_times_quantity() {
    let mut inventory = Inventory::new();
    inventory.add("bolt", 4, 25);
    inventory.add("gear", 2, 1_000);
    assert_eq!(inventory.value(), 2_100);
}

#[test]
fn low_stock_lists_sorted_names() {
    let mut inventory = Inventory::new();
    inventory.add("washer", 1, 5);
    inventory.add("bolt", 100, 25);
    inventory.add("axle", 0, 900);
    assert_eq!(inventory.low_stock(2), vec!["axle".to_string(), "washer".to_string()]);
    assert_eq!(inventory.history().len(), 3);
}
