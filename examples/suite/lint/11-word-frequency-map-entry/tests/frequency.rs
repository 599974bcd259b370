use lint_word_frequency::{top_words, WordCounter};

#[test]
fn counts_normalized_words() {
    let mut c = WordCounter::default();
    c.add_text("The cat and the hat. A CAT, in a hat; the cat!");
    assert_eq!(c.count("cat"), 3);
    assert_eq!(c.count("hat"), 2);
    assert_eq!(c.count("the"), 0);
    assert_eq!(c.total(), 5);
}

#[test]
fn top_words_sorted_by_count_then_name() {
    let top = top_words("b a c b c d -- c", 2);
    assert_eq!(top, vec![("c".to_string(), 3), ("b".to_string(), 2)]);
    assert_eq!(top_words("zeta alpha", 5), vec![("alpha".to_string(), 1), ("zeta".to_string(), 1)]);
}
