use d4_methods_04_stack_peek_renamed::calc::rpn;

#[test]
fn computes() {
    assert_eq!(rpn("3 4 + 2 *"), Some(14));
    assert_eq!(rpn("1 -"), None);
    assert_eq!(rpn(""), None);
}
