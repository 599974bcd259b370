pub fn capitalized(s: &str) -> Option<String> {
    let mut chars = s.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}
