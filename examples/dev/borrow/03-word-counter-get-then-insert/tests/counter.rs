use borrow_word_counter_get_then_insert::WordCounter;

#[test]
fn bump_returns_running_count() {
    let mut c = WordCounter::default();
    assert_eq!(c.bump("Rust"), Some(1));
    assert_eq!(c.bump("rust!"), Some(2));
    assert_eq!(c.bump("--"), None);
    assert_eq!(c.bump("(RUST)"), Some(3));
}

#[test]
fn top_words() {
    let mut c = WordCounter::default();
    c.add_text("the cat and the hat. The end; and so, the cat sat");
    assert_eq!(c.top(3), vec![("the", 4), ("and", 2), ("cat", 2)]);
    assert_eq!(c.top(100).len(), 7);
}
