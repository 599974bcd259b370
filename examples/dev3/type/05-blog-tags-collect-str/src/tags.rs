use std::collections::BTreeSet;

use crate::post::Post;

/// Splits `"rust, web ,, cli"` into `["rust", "web", "cli"]`.
pub fn parse_tags(raw: &str) -> Vec<String> {
    raw.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Tags carried by every post, sorted.
pub fn common_tags(posts: &[Post]) -> Vec<String> {
    let mut iter = posts.iter();
    let Some(first) = iter.next() else {
        return Vec::new();
    };
    let mut common: BTreeSet<&String> = first.tags.iter().collect();
    for post in iter {
        common.retain(|t| post.has_tag(t));
    }
    common.into_iter().cloned().collect()
}
