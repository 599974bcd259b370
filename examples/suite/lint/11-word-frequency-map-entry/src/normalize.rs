const STOPWORDS: &[&str] = &["a", "an", "and", "in", "is", "of", "the", "to"];

/// Lowercase a raw token and strip surrounding punctuation; `None` for stopwords and noise.
pub fn normalize(raw: &str) -> Option<String> {
    let word = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if word.is_empty() || STOPWORDS.contains(&word.as_str()) {
        None
    } else {
        Some(word)
    }
}
