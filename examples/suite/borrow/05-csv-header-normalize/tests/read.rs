use borrow_csv_header_normalize::{Header, Table};

#[test]
fn header_is_normalised() {
    let h = Header::parse("  Name, Unit Price ,QTY\n").unwrap();
    assert_eq!(h.columns, ["name", "unit_price", "qty"]);
    assert_eq!(h.index_of("unit price"), Some(1));
    assert!(Header::parse("a,,b").is_err());
    assert!(Header::parse("Qty,qty").is_err());
}

#[test]
fn columns_by_forgiving_name() {
    let t = Table::parse("Item,Unit Price\nbolt, 0.10\n\nnut,0.05\n").unwrap();
    assert_eq!(t.column("UNIT PRICE"), Some(vec!["0.10", "0.05"]));
    assert_eq!(t.column("colour"), None);
    assert!(Table::parse("a,b\n1,2,3").is_err());
}
