use mutability_mail_recipients::Message;

#[test]
fn builds_header() {
    let m = Message::new(vec!["Zed@mail.io".into(), "amy@mail.io".into()], " Hello ").unwrap();
    assert_eq!(m.to, vec!["amy@mail.io", "zed@mail.io"]);
    assert_eq!(m.header(), "To: amy@mail.io, zed@mail.io\r\nSubject: Hello\r\n");
}

#[test]
fn rejects_when_nothing_valid() {
    assert!(Message::new(vec!["nobody".into()], "x").is_err());
}
