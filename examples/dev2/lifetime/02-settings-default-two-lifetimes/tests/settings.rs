use lifetime_settings_default_two_lifetimes::Settings;

fn settings() -> Settings {
    let mut s = Settings::default();
    s.push_layer(&[("host", "localhost"), ("port", "8080"), ("debug", "no")]);
    s.push_layer(&[("port", "9090")]);
    s.push_layer(&[("debug", "on"), ("plugins", "git, ,lsp")]);
    s
}

#[test]
fn later_layers_win() {
    let s = settings();
    assert_eq!(s.get("port"), Some("9090"));
    assert_eq!(s.get("host"), Some("localhost"));
    assert_eq!(s.get("user"), None);
}

#[test]
fn defaults_and_booleans() {
    let s = settings();
    let fallback = String::from("guest");
    assert_eq!(s.get_or("user", &fallback), "guest");
    assert_eq!(s.get_or("host", "0.0.0.0"), "localhost");
    assert!(s.get_bool("debug"));
    assert!(!s.get_bool("verbose"));
}

#[test]
fn lists_and_keys() {
    let s = settings();
    assert_eq!(s.get_list("plugins"), vec!["git", "lsp"]);
    assert!(s.get_list("nothing").is_empty());
    assert_eq!(s.keys(), vec!["debug", "host", "plugins", "port"]);
}
