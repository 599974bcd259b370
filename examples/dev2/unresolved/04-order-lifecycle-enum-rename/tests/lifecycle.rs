use unresolved_order_lifecycle_enum_rename::{apply, Event, Order, Status};

#[test]
fn happy_path_records_history() {
    let mut order = Order::new(7);
    assert_eq!(apply(&mut order, Event::Pay), Ok(Status::Paid));
    assert_eq!(apply(&mut order, Event::Ship), Ok(Status::Shipped));
    assert_eq!(apply(&mut order, Event::Deliver), Ok(Status::Delivered));
    assert_eq!(order.history, vec![Status::Placed, Status::Paid, Status::Shipped]);
}

#[test]
fn invalid_transitions_leave_order_unchanged() {
    let mut order = Order::new(9);
    assert_eq!(
        apply(&mut order, Event::Ship),
        Err("order 9: cannot Ship when Placed".to_string())
    );
    assert_eq!(apply(&mut order, Event::Cancel), Ok(Status::Cancelled));
    assert!(apply(&mut order, Event::Pay).is_err());
    assert_eq!(order.status, Status::Cancelled);
    assert_eq!(order.history, vec![Status::Placed]);
}
