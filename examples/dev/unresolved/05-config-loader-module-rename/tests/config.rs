use unresolved_config_loader_module_rename::Config;

const TEXT: &str = "name = demo # the app\n\n[server]\nport = 8080\nhost=0.0.0.0\n[db]\npool = many\n";

#[test]
fn loads_sections() {
    let c = Config::load(TEXT).unwrap();
    assert_eq!(c.get("name"), Some("demo"));
    assert_eq!(c.get("server.host"), Some("0.0.0.0"));
    assert_eq!(c.get("port"), None);
    assert_eq!(c.get_or("server.port", 80u16), 8080);
    assert_eq!(c.get_or("db.pool", 4u32), 4);
}

#[test]
fn reports_line_numbers() {
    assert_eq!(Config::load("a = 1\n[oops\n"), Err("line 2: unclosed section: [oops".to_string()));
    assert_eq!(Config::load("just words"), Err("line 1: expected key = value: just words".to_string()));
}
