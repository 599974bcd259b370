use d4_fields_07_tuple_of_fields_renamed::{layout::*, span::Span};

#[test]
fn works() {
    let s = Span { start: 2, end: 5 };
    assert_eq!(width(&s), 3);
    assert!(contains(&s, 4) && !contains(&s, 5));
    assert_eq!(shifted(&s, 1).start, 3);
}
