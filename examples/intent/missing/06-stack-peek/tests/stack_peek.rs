use intent_stack_peek::Stack;

#[test]
fn peek_does_not_remove() {
    let mut stack = Stack::default();
    assert_eq!(stack.peek(), None);
    stack.push(1);
    stack.push(2);
    assert_eq!(stack.peek(), Some(2));
    assert_eq!(stack.pop(), Some(2));
    assert_eq!(stack.peek(), Some(1));
}
