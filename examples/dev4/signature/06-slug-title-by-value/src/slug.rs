/// `"Hello, World!"` → `"hello-world"`.
pub fn slugify(title: String) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    words.join("-")
}
