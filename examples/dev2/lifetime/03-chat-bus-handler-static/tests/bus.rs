use lifetime_chat_bus_handler_static::{Bus, Event, Topic};

fn bus() -> Bus {
    let mut bus = Bus::default();
    let room = String::from("#rust");
    bus.subscribe(Topic::Presence, move |e| match e {
        Event::Joined(u) => Some(format!("{} joined {}", u, room)),
        Event::Left(u) => Some(format!("{} left {}", u, room)),
        _ => None,
    });
    let keyword = String::from("release");
    bus.subscribe(Topic::Messages, move |e| match e {
        Event::Posted { user, text } if text.contains(keyword.as_str()) => {
            Some(format!("{} mentioned {}", user, keyword))
        }
        _ => None,
    });
    bus
}

#[test]
fn routes_by_topic() {
    let bus = bus();
    assert_eq!(bus.publish(&Event::Joined("ana".into())), vec!["ana joined #rust"]);
    assert_eq!(bus.publish(&Event::Left("bo".into())), vec!["bo left #rust"]);
}

#[test]
fn handlers_may_ignore_events() {
    let bus = bus();
    let post = |text: &str| Event::Posted { user: "cy".into(), text: text.into() };
    assert_eq!(bus.publish(&post("new release today")), vec!["cy mentioned release"]);
    assert!(bus.publish(&post("hello")).is_empty());
}
