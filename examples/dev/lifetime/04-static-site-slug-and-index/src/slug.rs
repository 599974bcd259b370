/// Lowercase ASCII letters and digits; every run of other characters becomes one `-`.
pub fn slugify(title: &str) -> &str {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-')
}

pub fn post_url(year: u16, title: &str) -> String {
    format!("/{year}/{}/", slugify(title))
}
