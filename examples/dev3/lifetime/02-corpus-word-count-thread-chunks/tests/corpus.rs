use lifetime_corpus_word_count_thread_chunks::Corpus;

#[test]
fn parallel_matches_serial() {
    let mut c = Corpus::new();
    for i in 0..10 {
        c.add(&"word ".repeat(i + 1));
    }
    assert_eq!(c.word_count(), 55);
    assert_eq!(c.parallel_word_count(3), 55);
    assert_eq!(c.parallel_word_count(0), 55);
    assert_eq!(c.longest_doc(), Some("word ".repeat(10).as_str()));
}

#[test]
fn empty_corpus() {
    let c = Corpus::new();
    assert_eq!(c.parallel_word_count(4), 0);
}
