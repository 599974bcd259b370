use intent_min_max::min_max;

#[test]
fn smallest_first() {
    assert_eq!(min_max(&[3, -1, 7]), Some((-1, 7)));
    assert_eq!(min_max(&[]), None);
}
