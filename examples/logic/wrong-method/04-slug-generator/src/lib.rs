//! URL slugs for blog posts: lowercase ASCII words joined by '-', unique per site.
pub mod slug;

use std::collections::HashSet;

/// A slug for `title` that is not in `taken`, adding -2, -3, ... when needed.
pub fn unique_slug(title: &str, taken: &HashSet<String>, max: usize) -> String {
    let base = slug::truncate_slug(&slug::slugify(title), max);
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{}-{}", base, n))
        .find(|s| !taken.contains(s))
        .unwrap()
}
