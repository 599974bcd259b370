use stock_reservations::{StockError, Warehouse};

#[test]
fn reservations_reduce_availability() {
    let mut w = Warehouse::default();
    w.receive("bolt", 10);
    w.reserve("bolt", 4).unwrap();
    assert_eq!(w.available("bolt"), 6);
    assert_eq!(w.reserve("bolt", 7), Err(StockError::Insufficient { sku: "bolt".into(), available: 6 }));
}

#[test]
fn receiving_and_unknown_items() {
    let mut w = Warehouse::default();
    w.receive("nut", 3);
    w.receive("nut", 2);
    assert_eq!(w.available("nut"), 5);
    assert_eq!(w.available("gear"), 0);
    assert_eq!(w.reserve("gear", 1), Err(StockError::UnknownSku("gear".into())));
}

#[test]
fn too_large_a_reservation_is_refused() {
    let mut w = Warehouse::default();
    w.receive("cog", 2);
    assert!(w.reserve("cog", 3).is_err());
    assert_eq!(w.report(), vec!["cog: 2 on hand, 0 reserved"]);
}
