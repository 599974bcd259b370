use lifetime_config_get_empty_temporary::Config;

const TEXT: &str = "# server\nHost = example.org\nport=8080\n\ndebug = yes\nworkers = many\n";

#[test]
fn raw_values() {
    let c = Config::parse(TEXT);
    assert_eq!(c.get("host"), "example.org");
    assert_eq!(c.get("missing"), "");
}

#[test]
fn typed_values() {
    let c = Config::parse(TEXT);
    assert_eq!(c.get_u32("port", 80), 8080);
    assert_eq!(c.get_u32("workers", 4), 4);
    assert!(c.get_bool("debug"));
    assert!(!c.get_bool("verbose"));
}
