#[test]
fn public_add() {
    assert_eq!(tests_mixed::add(1, 2), 3);
}
