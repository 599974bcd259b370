/// Lowercase ASCII letters and digits; every other run of characters becomes one '-'.
pub fn slugify(title: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push_str(&c.to_uppercase().to_string());
        } else {
            dash = true;
        }
    }
    out
}

/// At most `max` bytes, cut back to a word boundary when possible.
pub fn truncate_slug(slug: &str, max: usize) -> String {
    if slug.len() <= max {
        return slug.to_string();
    }
    let cut = &slug[..=max];
    match cut.rfind('-') {
        Some(i) if i > 0 => cut[..i].to_string(),
        _ => cut.to_string(),
    }
}
