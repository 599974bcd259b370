use packing_boxes::packing::boxes_needed;

#[test]
fn exact_and_partial() {
    assert_eq!(boxes_needed(0, 6), 0);
    assert_eq!(boxes_needed(1, 6), 1);
    assert_eq!(boxes_needed(6, 6), 1);
    assert_eq!(boxes_needed(7, 6), 2);
    assert_eq!(boxes_needed(1_000_000, 3), 333_334);
}
