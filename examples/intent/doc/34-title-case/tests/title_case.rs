use intent_title_case::title_case;

#[test]
fn capitalises_words() {
    assert_eq!(title_case("hello wORLD"), "Hello World");
    assert_eq!(title_case("a"), "A");
}
