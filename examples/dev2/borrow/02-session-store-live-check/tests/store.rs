use borrow_session_store_live_check::Store;

#[test]
fn touch_refreshes_idle_timer() {
    let mut store = Store::new(10);
    store.login("s1", "ada");
    store.advance(8);
    assert_eq!(store.touch("s1"), Some("ada".to_string()));
    store.advance(8);
    assert_eq!(store.touch("s1"), Some("ada".to_string()));
    store.advance(10);
    assert_eq!(store.touch("s1"), None);
    assert_eq!(store.touch("nope"), None);
}

#[test]
fn expire_removes_only_idle_sessions() {
    let mut store = Store::new(10);
    store.login("a", "ada");
    store.advance(6);
    store.login("b", "bob");
    store.advance(5);
    assert_eq!(store.expire(), 1);
    assert_eq!(store.len(), 1);
    assert_eq!(store.touch("b"), Some("bob".to_string()));
    store.advance(20);
    assert_eq!(store.expire(), 1);
    assert!(store.is_empty());
}
