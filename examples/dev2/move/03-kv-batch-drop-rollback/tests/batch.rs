use move_kv_batch_drop_rollback::Store;

#[test]
fn commit_applies_in_order() {
    let mut store = Store::default();
    let mut b = store.batch();
    b.put("a", "1");
    b.put("b", "2");
    b.delete("a");
    b.put("b", "3");
    assert_eq!(b.commit(), 4);
    assert_eq!(store.get("a"), None);
    assert_eq!(store.get("b"), Some("3"));
    assert_eq!(store.rollbacks, 0);
}

#[test]
fn dropped_batch_rolls_back() {
    let mut store = Store::default();
    {
        let mut b = store.batch();
        b.put("x", "1");
    }
    assert_eq!(store.get("x"), None);
    assert_eq!(store.rollbacks, 1);
    let b = store.batch();
    assert_eq!(b.commit(), 0);
    assert_eq!(store.rollbacks, 1);
}
