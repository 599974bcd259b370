use crate::catalog::Catalog;
use std::collections::BTreeSet;

/// Distinct authors (whitespace-trimmed), sorted.
pub fn authors(cat: &Catalog) -> Vec<&str> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for book in cat.books() {
        let author = book.author.trim().to_string();
        seen.insert(&author);
    }
    seen.into_iter().collect()
}

/// Titles that can be borrowed right now.
pub fn available_titles(cat: &Catalog) -> Vec<&str> {
    cat.books().iter().filter(|b| !b.on_loan).map(|b| b.title.as_str()).collect()
}
