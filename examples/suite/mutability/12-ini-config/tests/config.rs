use mutability_ini_config::{parse_ini, pretty};

const SRC: &str = "
name = demo
# comment
[server]
port = 8080
host=localhost

[empty]
";

#[test]
fn parses_sections_and_keys() {
    let cfg = parse_ini(SRC).unwrap();
    assert_eq!(cfg[""]["name"], "demo");
    assert_eq!(cfg["server"]["host"], "localhost");
    assert_eq!(cfg["server"]["port"], "8080");
    assert!(cfg["empty"].is_empty());
    assert!(parse_ini("[a]\njust text").is_err());
}

#[test]
fn pretty_prints_with_clamped_indent() {
    let cfg = parse_ini(SRC).unwrap();
    assert_eq!(
        pretty(&cfg, 2),
        "  name = demo\n[empty]\n[server]\n  host = localhost\n  port = 8080\n"
    );
    let wide = pretty(&cfg, 40);
    assert!(wide.contains("\n        host = localhost\n"));
}
