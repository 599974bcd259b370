use borrow_editor_duplicate_line_insert::Buffer;

#[test]
fn duplicate_middle_and_last_line() {
    let mut b = Buffer::from_text("one\ntwo\nthree");
    assert!(b.duplicate_line(1));
    assert_eq!(b.text(), "one\ntwo\ntwo\nthree\n");
    assert!(b.duplicate_line(3));
    assert_eq!(b.text(), "one\ntwo\ntwo\nthree\nthree\n");
    assert!(!b.duplicate_line(9));
    assert_eq!(b.line_count(), 5);
}

#[test]
fn delete_returns_line() {
    let mut b = Buffer::from_text("a\nb\n");
    assert_eq!(b.delete_line(0), Some("a".to_string()));
    assert_eq!(b.text(), "b\n");
    assert_eq!(b.delete_line(4), None);
}
