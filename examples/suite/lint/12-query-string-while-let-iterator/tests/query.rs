use lint_query_string::{percent_decode, DecodeError, Query};

#[test]
fn parses_pairs_and_repeats() {
    let q = Query::parse("?q=rust+lang&tag=a&&tag=b%26c&flag").unwrap();
    assert_eq!(q.len(), 4);
    assert_eq!(q.get("q"), Some("rust lang"));
    assert_eq!(q.get_all("tag"), vec!["a", "b&c"]);
    assert_eq!(q.get("flag"), Some(""));
    assert_eq!(q.get("missing"), None);
    assert!(Query::parse("").unwrap().is_empty());
}

#[test]
fn decoding_errors() {
    assert_eq!(percent_decode("caf%C3%A9"), Ok("café".to_string()));
    assert_eq!(percent_decode("100%"), Err(DecodeError::BadEscape(3)));
    assert_eq!(Query::parse("a=%FF"), Err(DecodeError::InvalidUtf8));
}
