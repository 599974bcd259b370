use intent_parse_key_value::parse_pair;

#[test]
fn splits_on_the_separator() {
    assert_eq!(parse_pair("width = 80"), Some(("width", "80")));
    assert_eq!(parse_pair("a=b=c"), Some(("a", "b=c")));
    assert_eq!(parse_pair("no separator"), None);
}
