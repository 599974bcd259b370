/// The words of `text` in reverse order, joined by single spaces.
pub fn reverse_words(text: &str) -> String {
    unimplemented!("reverse_words")
}
