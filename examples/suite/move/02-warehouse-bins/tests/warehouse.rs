use move_warehouse_bins::Warehouse;

#[test]
fn totals_across_bins() {
    let mut w = Warehouse::default();
    w.add_bin("A1");
    w.add_bin("B2");
    w.store("A1", "bolt", 10).unwrap();
    w.store("B2", "bolt", 5).unwrap();
    w.store("B2", "nut", 3).unwrap();
    assert_eq!(w.total("bolt"), 15);
    assert_eq!(w.total("washer"), 0);
    assert!(w.store("C3", "nut", 1).is_err());
}

#[test]
fn last_touched() {
    let mut w = Warehouse::default();
    w.add_bin("A1");
    w.add_bin("B2");
    w.store("A1", "bolt", 1).unwrap();
    w.store("B2", "bolt", 1).unwrap();
    w.store("B2", "nut", 1).unwrap();
    assert_eq!(w.bins_last_touched_by("bolt"), vec!["A1"]);
    assert_eq!(w.bins_last_touched_by("nut"), vec!["B2"]);
}
