use borrow_warehouse_restock::inventory::Inventory;
use borrow_warehouse_restock::report::low_stock_by_zone;

fn stock() -> Inventory {
    let mut inv = Inventory::default();
    inv.add("bolt-m6", 40, 10, "a-01");
    inv.add("nut-m6", 12, 10, "a-02");
    inv.add("washer", 5, 20, "b-07");
    inv
}

#[test]
fn take_reorders_below_threshold() {
    let mut inv = stock();
    assert_eq!(inv.take("bolt-m6", 5), Ok(35));
    assert!(inv.orders().open().is_empty());
    assert_eq!(inv.take("nut-m6", 4), Ok(8));
    let open = inv.orders().open();
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].sku.as_str(), open[0].qty), ("nut-m6", 12));
    assert!(inv.take("nut-m6", 100).is_err());
    assert!(inv.take("gear", 1).is_err());
}

#[test]
fn manual_orders_share_ids() {
    let mut inv = stock();
    assert_eq!(inv.place_order("washer", 50), 1);
    inv.take("nut-m6", 3).unwrap();
    assert_eq!(inv.orders().open()[1].id, 2);
}

#[test]
fn zone_report() {
    let mut inv = stock();
    inv.take("nut-m6", 4).unwrap();
    assert_eq!(low_stock_by_zone(&inv), "A: nut-m6\nB: washer\n");
}
