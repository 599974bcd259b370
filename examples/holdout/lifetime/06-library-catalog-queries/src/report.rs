use crate::catalog::Catalog;

/// Distinct authors (whitespace-trimmed), sorted.
pub fn authors(cat: &Catalog) -> Vec<&str> {
    let mut seen: Vec<&str> = Vec::new();
    for book in cat.books() {
        let author = book.author.trim().to_string();
        if !seen.iter().any(|a| *a == author) {
            seen.push(&author);
        }
    }
    seen.sort_unstable();
    seen
}

/// Titles that can be borrowed right now.
pub fn available_titles(cat: &Catalog) -> Vec<&str> {
    cat.books().iter().filter(|b| !b.on_loan).map(|b| b.title.as_str()).collect()
}
