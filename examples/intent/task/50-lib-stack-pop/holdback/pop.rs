use task_stack_pop::Stack;

#[test]
fn pops_last_in_first_out() {
    let mut stack = Stack::new();
    stack.push('a');
    stack.push('b');
    assert_eq!(stack.pop(), Some('b'));
    assert_eq!(stack.pop(), Some('a'));
    assert_eq!(stack.pop(), None);
    assert!(stack.is_empty());
}
