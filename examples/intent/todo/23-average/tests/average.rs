use intent_average::average;

#[test]
fn mean_of_values() {
    assert_eq!(average(&[1.0, 2.0, 6.0]), Some(3.0));
    assert_eq!(average(&[]), None);
}
