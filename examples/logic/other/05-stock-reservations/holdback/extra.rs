use stock_reservations::Warehouse;

#[test]
fn ship_after_reserving() {
    let mut w = Warehouse::default();
    w.receive("bolt", 10);
    w.reserve("bolt", 3).unwrap();
    w.reserve("bolt", 2).unwrap();
    assert_eq!(w.report(), vec!["bolt: 10 on hand, 5 reserved"]);
    w.ship("bolt", 4).unwrap();
    assert_eq!(w.report(), vec!["bolt: 6 on hand, 1 reserved"]);
    assert_eq!(w.available("bolt"), 5);
    w.reserve("bolt", 5).unwrap();
    assert!(w.reserve("bolt", 1).is_err());
}
