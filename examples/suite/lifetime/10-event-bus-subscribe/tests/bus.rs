use lifetime_event_bus_subscribe::{Bus, Event};
use std::cell::RefCell;
use std::rc::Rc;

#[test]
fn routes_events_by_pattern() {
    let mut bus = Bus::default();
    let log = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&log);
    bus.subscribe("ui.*", move |e: &Event| {
        sink.borrow_mut().push(e.topic.clone());
        None
    });
    bus.subscribe("ui.click", |e: &Event| Some(format!("clicked {}", e.payload)));
    assert_eq!(bus.publish("ui.click", "ok-button"), ["clicked ok-button"]);
    assert!(bus.publish("ui.key", "enter").is_empty());
    assert!(bus.publish("net.up", "eth0").is_empty());
    assert!(bus.publish("uix.click", "nope").is_empty());
    assert_eq!(*log.borrow(), ["ui.click", "ui.key"]);
    assert_eq!(bus.subscriber_count(), 2);
}

#[test]
fn stateful_handlers_keep_state() {
    let mut bus = Bus::default();
    let mut count = 0;
    bus.subscribe("tick", move |_: &Event| {
        count += 1;
        Some(count.to_string())
    });
    bus.publish("tick", "");
    assert_eq!(bus.publish("tick", ""), ["2"]);
}
