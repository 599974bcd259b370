use move_kv_store_transaction::Store;

#[test]
fn commit_applies_writes() {
    let mut store = Store::default();
    let mut t = store.begin();
    t.set("a", 1);
    t.set("b", 2);
    t.delete("a");
    assert_eq!(t.get("a"), None);
    assert_eq!(t.get("b"), Some(2));
    assert_eq!(t.commit(), 3);
    assert_eq!(store.get("a"), None);
    assert_eq!(store.get("b"), Some(2));
    assert_eq!(store.aborted(), 0);
}

#[test]
fn dropped_transaction_is_aborted() {
    let mut store = Store::default();
    {
        let mut t = store.begin();
        t.set("x", 9);
    }
    assert_eq!(store.get("x"), None);
    assert_eq!(store.aborted(), 1);
    let empty = store.begin();
    drop(empty);
    assert_eq!(store.aborted(), 1);
}
