use slug_generator::slug::truncate_slug;
use slug_generator::unique_slug;
use std::collections::HashSet;

#[test]
fn truncation_and_case() {
    assert_eq!(truncate_slug("rust-is-fun", 7), "rust");
    assert_eq!(truncate_slug("rust-is-fun", 6), "rust");
    assert_eq!(truncate_slug("rust-is-fun", 8), "rust-is");
    let taken: HashSet<String> = HashSet::new();
    assert_eq!(unique_slug("Rust 2024 Edition Notes", &taken, 14), "rust-2024");
    assert_eq!(unique_slug("ABC", &taken, 5), "abc");
}
