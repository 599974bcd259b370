use type_dotenv_tuple_index::{parse_env, parse_line};

#[test]
fn lines() {
    assert_eq!(parse_line("  # comment"), None);
    assert_eq!(parse_line("NOEQUALS"), None);
    assert_eq!(
        parse_line("export NAME = \"Jane Doe\""),
        Some(("NAME".to_string(), "Jane Doe".to_string()))
    );
    assert_eq!(parse_line("EMPTY="), Some(("EMPTY".to_string(), String::new())));
}

#[test]
fn file_with_expansion() {
    let env = parse_env("HOST=db.local\nPORT=5432\n\nURL=pg://${HOST}:${PORT}/${MISSING}app\nBAD=${oops");
    assert_eq!(env["URL"], "pg://db.local:5432/app");
    assert_eq!(env["BAD"], "${oops");
    assert_eq!(env.len(), 4);
}
