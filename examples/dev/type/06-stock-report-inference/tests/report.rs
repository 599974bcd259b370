use type_stock_report_inference::report::{low_stock, summary};
use type_stock_report_inference::stock::Stock;

fn stock() -> Stock {
    let mut s = Stock::default();
    s.add("B-2", "bolts", 40, 50);
    s.add("N-1", "nuts", 120, 50);
    s.add("A-9", "anchors", 5, 5);
    s
}

#[test]
fn lists_low_stock_sorted() {
    let mut s = stock();
    assert_eq!(low_stock(&s), "anchors, bolts");
    assert_eq!(s.take("N-1", 80), Ok(40));
    assert_eq!(low_stock(&s), "anchors, bolts, nuts");
    assert!(s.take("A-9", 6).is_err());
}

#[test]
fn summarises_range() {
    assert_eq!(summary(&stock()), "3 items, qty 5..=120");
    assert_eq!(summary(&Stock::default()), "no items");
}
