use type_http_request_head::{HeaderError, Request, RequestError};

#[test]
fn parses_request_line_and_headers() {
    let head = "POST /upload HTTP/1.1\nHost: example.org\nContent-Length: 42\nAccept: text/html\naccept: application/json\n\nBODY: not a header";
    let req = Request::parse(head).unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.target, "/upload");
    assert_eq!(req.headers.get("HOST"), Some("example.org"));
    assert_eq!(req.headers.get("Accept"), Some("text/html, application/json"));
    assert_eq!(req.headers.content_length(), Some(42));
    assert_eq!(req.headers.len(), 3);
    assert_eq!(req.headers.get("body"), None);
}

#[test]
fn reports_line_numbers_of_bad_headers() {
    let err = Request::parse("GET / HTTP/1.1\nHost: a\nnonsense\n").unwrap_err();
    assert_eq!(err, RequestError::Header(HeaderError::MissingColon { line: 3 }));
    let err = Request::parse("GET / HTTP/1.1\n: empty\n").unwrap_err();
    assert_eq!(err, RequestError::Header(HeaderError::EmptyName { line: 2 }));
}

#[test]
fn rejects_bad_request_lines() {
    assert_eq!(Request::parse("").unwrap_err(), RequestError::Empty);
    assert!(matches!(Request::parse("GET /\n"), Err(RequestError::BadRequestLine(_))));
}
