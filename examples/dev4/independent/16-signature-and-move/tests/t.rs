use d4_independent_16_signature_and_move::list::*;

#[test]
fn works() {
    assert_eq!(render(&["a", "b"]), "- a\n- b");
    assert_eq!(count_then_join(vec!["x".into(), "y".into()]), (2, "xy".to_string()));
}
