pub fn is_present(s: &str) -> bool {
    !s.trim().is_empty()
}

pub fn looks_like_email(s: &str) -> bool {
    s.contains('@') && s.contains('.')
}
