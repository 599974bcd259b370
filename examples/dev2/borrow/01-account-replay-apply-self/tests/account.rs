use borrow_account_replay_apply_self::{Account, Event};

#[test]
fn record_validates_and_stores() {
    let mut acc = Account::default();
    assert!(acc.record(Event::Deposited(5)).is_err());
    acc.record(Event::Opened { owner: "mira".into() }).unwrap();
    acc.record(Event::Deposited(100)).unwrap();
    assert_eq!(acc.record(Event::Withdrawn(150)), Err("insufficient funds".to_string()));
    acc.record(Event::Withdrawn(40)).unwrap();
    assert_eq!(acc.balance, 60);
    assert_eq!(acc.events().len(), 3);
}

#[test]
fn replay_rebuilds_state_and_keeps_events() {
    let events = vec![
        Event::Opened { owner: "li".into() },
        Event::Deposited(30),
        Event::Withdrawn(30),
        Event::Closed,
    ];
    let mut acc = Account::from_events(events.clone());
    assert_eq!((acc.owner.as_str(), acc.balance, acc.open), ("li", 0, false));
    assert_eq!(acc.events(), &events[..]);
    acc.rebuild();
    assert_eq!(acc.events().len(), 4);
    assert_eq!(acc.owner, "li");
}
