use intent_inclusive_range_sum::sum_to;

#[test]
fn inclusive() {
    assert_eq!(sum_to(4), 10);
    assert_eq!(sum_to(0), 0);
}
