use d4_independent_06_grades_borrow_and_type::*;

#[test]
fn grades() {
    assert_eq!(average(&[1, 2]), 1.5);
    assert_eq!(average(&[]), 0.0);
    assert_eq!(best(&["a".into(), "b".into()], &[3, 9]).as_deref(), Some("b"));
}
