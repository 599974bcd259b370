use slug_generator::slug::{slugify, truncate_slug};
use slug_generator::unique_slug;
use std::collections::HashSet;

#[test]
fn titles_become_lowercase_slugs() {
    assert_eq!(slugify("Hello, World!"), "hello-world");
}

#[test]
fn long_words_are_cut_at_max() {
    assert_eq!(truncate_slug("abcdefghij", 4), "abcd");
}

#[test]
fn short_slugs_and_word_boundaries() {
    assert_eq!(truncate_slug("ab-cd", 10), "ab-cd");
    assert_eq!(slugify("  --- "), "");
    let taken: HashSet<String> = ["7".to_string(), "7-2".to_string()].into();
    assert_eq!(unique_slug("!7!", &taken, 20), "7-3");
}
