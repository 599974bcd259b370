use lru_cache_recency::Lru;

#[test]
fn reading_protects_from_eviction() {
    let mut c = Lru::new(2);
    c.put("a", 1);
    c.put("b", 2);
    assert_eq!(c.get("a"), Some(&1));
    assert_eq!(c.put("c", 3), Some("b".to_string()));
    assert_eq!(c.get("a"), Some(&1));
}

#[test]
fn oldest_is_evicted() {
    let mut c = Lru::new(2);
    c.put("a", 1);
    c.put("b", 2);
    assert_eq!(c.put("c", 3), Some("a".to_string()));
    assert_eq!(c.get("a"), None);
    assert_eq!(c.len(), 2);
}

#[test]
fn replacing_refreshes() {
    let mut c = Lru::new(3);
    c.put("x", 1);
    c.put("y", 2);
    c.put("x", 10);
    assert_eq!(c.keys(), vec!["y", "x"]);
    assert_eq!(c.get("x"), Some(&10));
}
