use mail_headers::{parse_message, ParseError};

#[test]
fn headers_and_body() {
    let m = parse_message("From: ada@example.org\nSubject: hi\n\nHello\nthere\n").unwrap();
    assert_eq!(m.header("subject"), Some("hi"));
    assert_eq!(m.body, "Hello\nthere");
}

#[test]
fn headers_only() {
    let m = parse_message("From: a\nTo: b").unwrap();
    assert_eq!(m.headers.len(), 2);
    assert_eq!(m.header("TO"), Some("b"));
    assert_eq!(m.body, "");
}

#[test]
fn errors() {
    assert_eq!(parse_message("  \n"), Err(ParseError::Empty));
    assert_eq!(parse_message("no colon here\n"), Err(ParseError::BadHeader("no colon here".into())));
}
