use mail_headers::parse_message;

#[test]
fn body_may_contain_colons_and_blank_lines() {
    let m = parse_message("X-Id: 7\n\nkey: value\n\nend").unwrap();
    assert_eq!(m.headers, vec![("X-Id".to_string(), "7".to_string())]);
    assert_eq!(m.body, "key: value\n\nend");
    let m = parse_message("\nonly body").unwrap();
    assert!(m.headers.is_empty());
    assert_eq!(m.body, "only body");
}
