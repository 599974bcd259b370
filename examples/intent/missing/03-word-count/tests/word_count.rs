use intent_word_count::count_words;

#[test]
fn counts_words() {
    assert_eq!(count_words("the quick  brown fox"), 4);
    assert_eq!(count_words("   "), 0);
    assert_eq!(count_words("one\ntwo\tthree"), 3);
}
