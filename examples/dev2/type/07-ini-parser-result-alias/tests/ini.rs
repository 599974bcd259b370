use type_ini_parser_result_alias::{parse, ParseError};

#[test]
fn sections_and_globals() {
    let ini = parse("name = demo\n; comment\n[server]\nport = 8080\nhost= localhost \n\n[ client ]\nretries=3\n")
        .unwrap();
    assert_eq!(ini[""]["name"], "demo");
    assert_eq!(ini["server"]["port"], "8080");
    assert_eq!(ini["server"]["host"], "localhost");
    assert_eq!(ini["client"]["retries"], "3");
}

#[test]
fn reports_line_numbers() {
    assert_eq!(parse("[a]\nx = 1\n[]\n"), Err(ParseError::BadHeader(3)));
    assert_eq!(parse("\nnot a pair\n"), Err(ParseError::MissingEquals(2)));
    let err = parse("[a]\nx=1\nx=2\n").unwrap_err();
    assert_eq!(err.to_string(), "line 3: duplicate key `x`");
}
