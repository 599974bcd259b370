use intent_discount::discounted;

#[test]
fn percent_off() {
    assert_eq!(discounted(2000, 25), 1500);
    assert_eq!(discounted(999, 10), 899);
    assert_eq!(discounted(500, 100), 0);
}
