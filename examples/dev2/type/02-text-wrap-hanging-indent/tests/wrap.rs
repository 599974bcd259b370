use type_text_wrap_hanging_indent::Wrapper;

const TEXT: &str = "the quick brown fox jumps over the lazy dog";

#[test]
fn plain_wrap() {
    let lines = Wrapper::new(10).wrap(TEXT);
    assert_eq!(lines, vec!["the quick", "brown fox", "jumps over", "the lazy", "dog"]);
}

#[test]
fn hanging_indent_skips_first_line() {
    let lines = Wrapper::new(10).hanging(2).wrap(TEXT);
    assert_eq!(
        lines,
        vec!["the quick", "  brown", "  fox", "  jumps", "  over the", "  lazy dog"]
    );
}

#[test]
fn long_words_and_empty_text() {
    let w = Wrapper::new(4).hanging(1);
    assert_eq!(w.fill("a extraordinary b"), "a\n extraordinary\n b");
    assert!(w.wrap("   ").is_empty());
}
