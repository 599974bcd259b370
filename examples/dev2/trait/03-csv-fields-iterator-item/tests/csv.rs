use trait_csv_fields_iterator_item::{column_stats, fields, Stats};

#[test]
fn splits_quoted_fields() {
    let got: Vec<&str> = fields(r#"1,"Smith, Jane",,42"#).collect();
    assert_eq!(got, vec!["1", "Smith, Jane", "", "42"]);
    assert_eq!(fields("solo").count(), 1);
}

#[test]
fn stats_of_a_column() {
    let csv = "id,name,price\n1,\"Bolt, M4\",0.5\n2,Nut,0.25\n3,Washer,n/a\n4,\"Gear\",2.25\n";
    assert_eq!(
        column_stats(csv, "price"),
        Some(Stats { count: 3, min: 0.25, max: 2.25, mean: 1.0 })
    );
    assert_eq!(column_stats(csv, "missing"), None);
    assert_eq!(column_stats(csv, "name"), None);
}
