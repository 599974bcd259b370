/// Normalised key for a template name and locale, e.g. `welcome@de-de`.
pub fn cache_key(name: &str, locale: &str) -> String {
    format!(
        "{}@{}",
        name.trim().to_ascii_lowercase(),
        locale.trim().to_ascii_lowercase()
    )
}
