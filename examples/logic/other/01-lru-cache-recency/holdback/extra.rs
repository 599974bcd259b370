use lru_cache_recency::Lru;

#[test]
fn order_after_reads() {
    let mut c = Lru::new(3);
    c.put("a", 1);
    c.put("b", 2);
    c.put("c", 3);
    c.get("a");
    c.get("b");
    assert_eq!(c.keys(), vec!["c", "a", "b"]);
    assert_eq!(c.get("zz"), None);
    assert_eq!(c.keys(), vec!["c", "a", "b"]);
    assert_eq!(c.put("d", 4), Some("c".to_string()));
}
