use unresolved_warehouse_stock_method_rename::{restock_lines, Inventory, Reorder};

#[test]
fn quantity_tracks_receipts_and_shipments() {
    let mut inv = Inventory::default();
    inv.receive("bolt", 10);
    inv.receive("bolt", 5);
    assert!(inv.ship("bolt", 12).is_ok());
    assert_eq!(inv.quantity("bolt"), 3);
    assert_eq!(inv.ship("bolt", 4), Err("only 3 of bolt in stock".to_string()));
    assert_eq!(inv.quantity("bolt"), 3);
    assert_eq!(inv.quantity("nut"), 0);
}

#[test]
fn report_lists_low_stock_only() {
    let mut inv = Inventory::default();
    inv.receive("bolt", 3);
    inv.receive("nut", 50);
    inv.set_minimum("bolt", 10);
    inv.set_minimum("nut", 20);
    inv.set_minimum("washer", 4);
    assert_eq!(
        restock_lines(&inv),
        vec![
            Reorder { sku: "bolt".into(), on_hand: 3, order: 17 },
            Reorder { sku: "washer".into(), on_hand: 0, order: 8 },
        ]
    );
}
