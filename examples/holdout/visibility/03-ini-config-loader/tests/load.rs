use visibility_ini_config_loader::load;

#[test]
fn loads_sections_and_keys() {
    let text = "; global\nuser = root\n\n[server]\nport = 8080\nhost=0.0.0.0\nport = 9090\n# done\n[empty]\n";
    let sections = load(text).unwrap();
    assert_eq!(sections.len(), 3);
    assert_eq!(sections[0].name, "");
    assert_eq!(sections[0].get("user"), Some("root"));
    assert_eq!(sections[1].name, "server");
    assert_eq!(sections[1].get("port"), Some("9090"));
    assert_eq!(sections[1].len(), 2);
    assert!(sections[2].is_empty());
}

#[test]
fn reports_bad_lines() {
    assert_eq!(load("[a]\nx = 1\njunk\n").unwrap_err(), "line 3: expected `key = value`");
    assert_eq!(load("[only]\n").unwrap()[0].name, "only");
}
