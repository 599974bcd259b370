use intent_stack_len::Stack;

#[test]
fn counts_pushed_words() {
    let mut s = Stack::default();
    assert_eq!(s.len(), 0);
    s.push("a");
    s.push("b");
    assert_eq!(s.len(), 2);
}
