use unresolved_csv_table_assoc_fn_self::Table;

const CSV: &str = "item, qty, price\napple, 3, 0.5\n\npear, 2, 1.25\n";

#[test]
fn parses_columns() {
    let t = Table::parse(CSV).unwrap();
    assert_eq!(t.row_count(), 2);
    assert_eq!(t.headers().collect::<Vec<_>>(), ["item", "qty", "price"]);
    assert_eq!(t.column("item"), Some(vec!["apple", "pear"]));
    assert_eq!(t.column("missing"), None);
}

#[test]
fn sums_and_rejects_ragged_rows() {
    let t = Table::parse(CSV).unwrap();
    assert_eq!(t.sum("price"), Some(1.75));
    assert_eq!(t.sum("item"), None);
    assert!(Table::parse("a, b\n1\n").is_none());
    assert!(Table::parse("").is_none());
}
