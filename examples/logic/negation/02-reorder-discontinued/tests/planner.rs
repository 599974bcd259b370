use reorder_planner::planner::{needs_reorder, purchase_order, units_to_order};
use reorder_planner::StockItem;

fn shelf() -> Vec<StockItem> {
    let mut old = StockItem::new("fax-paper", 0, 5, 20);
    old.discontinued = true;
    vec![StockItem::new("tape", 2, 5, 30), old, StockItem::new("ink", 9, 3, 10), StockItem::new("clips", 3, 3, 50)]
}

#[test]
fn orders_low_items_still_sold() {
    assert_eq!(purchase_order(&shelf()), vec![("clips".to_string(), 50), ("tape".to_string(), 30)]);
}

#[test]
fn well_stocked_items_are_not_ordered() {
    assert!(!needs_reorder(&StockItem::new("ink", 9, 3, 10)));
    assert_eq!(units_to_order(&[]), 0);
}
