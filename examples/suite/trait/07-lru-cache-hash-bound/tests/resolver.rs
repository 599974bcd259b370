use trait_lru_cache_hash_bound::Resolver;

fn table(host: &str) -> Option<[u8; 4]> {
    match host {
        "example.org" => Some([93, 184, 216, 34]),
        "localhost" => Some([127, 0, 0, 1]),
        _ => None,
    }
}

#[test]
fn caches_answers_case_insensitively() {
    let mut r = Resolver::new(table, 4);
    assert_eq!(r.resolve("LocalHost"), Some([127, 0, 0, 1]));
    assert_eq!(r.resolve("localhost"), Some([127, 0, 0, 1]));
    assert_eq!(r.resolve("nowhere.test"), None);
    assert_eq!(r.resolve("nowhere.test"), None);
    assert_eq!(r.misses, 2);
}

#[test]
fn capacity_forces_new_lookups() {
    let mut r = Resolver::new(table, 1);
    r.resolve("example.org");
    r.resolve("localhost");
    assert_eq!(r.resolve("example.org"), Some([93, 184, 216, 34]));
    assert_eq!(r.misses, 3);
}
