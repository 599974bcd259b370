/// Lowercase and strip surrounding punctuation; `None` if nothing is left.
pub fn normalize(word: &str) -> Option<String> {
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.is_empty() {
        None
    } else {
        Some(trimmed.to_lowercase())
    }
}
