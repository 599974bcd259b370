use intent_reverse_words::reverse_words;

#[test]
fn reverses() {
    assert_eq!(reverse_words("one two  three"), "three two one");
    assert_eq!(reverse_words(""), "");
}
