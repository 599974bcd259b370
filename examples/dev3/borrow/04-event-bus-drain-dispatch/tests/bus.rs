use borrow_event_bus_drain_dispatch::{Event, EventBus};

#[test]
fn flush_handles_queue_and_defers_follow_ups() {
    let mut bus = EventBus::new();
    bus.publish(Event::OrderPlaced(1));
    bus.publish(Event::OrderShipped(1));
    assert_eq!(bus.flush(), 2);
    assert_eq!(bus.count("email"), 0);
    assert_eq!(bus.flush(), 1);
    assert_eq!(bus.count("email"), 1);
    assert_eq!(bus.flush(), 0);
}

#[test]
fn log_keeps_order() {
    let mut bus = EventBus::new();
    bus.publish(Event::OrderPlaced(7));
    bus.publish(Event::OrderPlaced(8));
    bus.flush();
    assert_eq!(bus.log(), ["OrderPlaced(7)", "OrderPlaced(8)"]);
    assert_eq!(bus.count("placed"), 2);
}
