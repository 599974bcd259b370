use lifetime_static_site_slug_and_index::slug::{post_url, slugify};
use lifetime_static_site_slug_and_index::words::common_words;

#[test]
fn slugs() {
    assert_eq!(slugify("Hello, World!"), "hello-world");
    assert_eq!(slugify("  Rust 2024: what's new?  "), "rust-2024-what-s-new");
    assert_eq!(slugify("!!!"), "");
    assert_eq!(post_url(2024, "Async Traits"), "/2024/async-traits/");
}

#[test]
fn common_words_across_posts() {
    let bodies = ["Rust makes systems programming fun.", "Fun with RUST traits", "traits, traits; rust"];
    assert_eq!(
        common_words(&bodies, 3),
        vec![("rust".to_string(), 3), ("traits".to_string(), 3), ("makes".to_string(), 1)]
    );
}
