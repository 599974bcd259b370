use reorder_planner::planner::{needs_reorder, units_to_order};
use reorder_planner::StockItem;

#[test]
fn discontinued_and_boundaries() {
    let mut gone = StockItem::new("x", 0, 1, 5);
    gone.discontinued = true;
    assert!(!needs_reorder(&gone));
    assert!(needs_reorder(&StockItem::new("y", 1, 1, 5)));
    assert!(!needs_reorder(&StockItem::new("z", 2, 1, 5)));
    assert_eq!(units_to_order(&[gone, StockItem::new("y", 0, 1, 7)]), 7);
}
