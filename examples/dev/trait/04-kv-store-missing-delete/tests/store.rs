use trait_kv_store_missing_delete::{LoggingStore, MemoryStore, Store};

#[test]
fn memory_store_roundtrip() {
    let mut s = MemoryStore::default();
    s.put("b", "2");
    s.put("a", "1");
    assert_eq!(s.get("a").as_deref(), Some("1"));
    assert_eq!(s.delete("a").as_deref(), Some("1"));
    assert_eq!(s.delete("a"), None);
    assert_eq!(s.keys(), vec!["b".to_string()]);
}

#[test]
fn logging_store_forwards() {
    let mut s = LoggingStore::new(MemoryStore::default());
    s.put("x", "1");
    s.put("y", "2");
    assert_eq!(s.delete("x").as_deref(), Some("1"));
    assert_eq!(s.get("x"), None);
    assert_eq!(s.keys(), vec!["y".to_string()]);
    assert_eq!(s.log, vec!["put x", "put y", "delete x"]);
}
