use intent_sum_of_squares::sum_of_squares;

#[test]
fn squares_then_sums() {
    assert_eq!(sum_of_squares(&[1, 2, 3]), 14);
    assert_eq!(sum_of_squares(&[-2]), 4);
}
