use lifetime_webhook_handler_registry::{Counter, Registry, Shout};

#[test]
fn dispatch_and_broadcast() {
    let mut reg = Registry::new();
    reg.register(Counter::new("push")).unwrap();
    reg.register(Shout).unwrap();
    assert_eq!(reg.dispatch("shout", "deploy"), Some("DEPLOY".to_string()));
    assert_eq!(reg.dispatch("missing", "x"), None);
    assert_eq!(reg.broadcast("push main"), vec!["push #1", "PUSH MAIN"]);
    assert_eq!(reg.broadcast("tag v1"), vec!["TAG V1"]);
    assert_eq!(reg.dispatch("counter", "push dev"), Some("push #2".to_string()));
}

#[test]
fn duplicate_names_rejected() {
    let mut reg = Registry::new();
    reg.register(Shout).unwrap();
    assert!(reg.register(Shout).is_err());
    assert_eq!(reg.broadcast("a"), vec!["A"]);
}
