//! Word frequency statistics for plain text.
pub mod counter;
pub mod normalize;

pub use counter::WordCounter;

/// The `n` most frequent non-stopwords of `text`.
pub fn top_words(text: &str, n: usize) -> Vec<(String, usize)> {
    let mut c = WordCounter::default();
    c.add_text(text);
    c.most_common(n)
}
