use mutability_command_aliases_get_push::Registry;

fn registry() -> Registry {
    let mut r = Registry::default();
    r.command("status");
    r.command("stash");
    r.command("commit");
    r
}

#[test]
fn aliases_resolve() {
    let mut r = registry();
    r.add_alias("commit", "ci").unwrap();
    r.add_alias("status", "st").unwrap();
    assert_eq!(r.resolve("ci"), Some("commit"));
    assert_eq!(r.resolve("st"), Some("status"));
    assert_eq!(r.resolve("com"), Some("commit"));
    assert_eq!(r.resolve("sta"), None);
}

#[test]
fn alias_conflicts_are_rejected() {
    let mut r = registry();
    r.add_alias("commit", "ci").unwrap();
    assert_eq!(r.add_alias("stash", "ci"), Err("`ci` is already taken by `commit`".to_string()));
    assert_eq!(r.add_alias("stash", "status"), Err("`status` is already taken by `status`".to_string()));
    assert_eq!(r.add_alias("push", "p"), Err("no command `push`".to_string()));
    assert_eq!(r.resolve("p"), None);
}
