use intent_queue_trait::{Queue, VecQueue};

#[test]
fn first_in_first_out() {
    let mut q = VecQueue::default();
    q.push(1);
    q.push(2);
    assert_eq!(q.pop(), Some(1));
    assert_eq!(q.pop(), Some(2));
    assert_eq!(q.pop(), None);
}
