use lint_user_registry::{Account, Registry, RegistryError};

#[test]
fn normalizes_and_rejects_duplicates() {
    let mut r = Registry::default();
    assert_eq!(r.register(" Alice ", "Alice@Example.com"), Ok(1));
    assert_eq!(r.register("alice", "other@example.com"), Err(RegistryError::Taken("alice".into())));
    assert_eq!(r.register("bob", "bob-at-example"), Err(RegistryError::InvalidEmail("bob-at-example".into())));
    assert_eq!(r.register("bob", "bob@example.com"), Ok(2));
}

#[test]
fn domain_queries_skip_inactive() {
    let mut r = Registry::default();
    r.register("a", "a@x.org").unwrap();
    r.register("b", "b@y.org").unwrap();
    r.register("c", "c@x.org").unwrap();
    assert!(r.deactivate("A"));
    assert!(!r.deactivate("a"));
    let names: Vec<&str> = r.active_in_domain("x.org").iter().map(|a| a.username.as_str()).collect();
    assert_eq!(names, vec!["c"]);
    let acc = Account::new(9, "Q", " Q@Z.IO ");
    assert_eq!((acc.username.as_str(), acc.domain()), ("q", "z.io"));
}
