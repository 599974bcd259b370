use type_blog_tags_collect_str::{common_tags, parse_tags, Post};

#[test]
fn tags_are_trimmed_and_keep_case() {
    assert_eq!(parse_tags(" Rust, web ,, CLI "), vec!["Rust", "web", "CLI"]);
    assert!(parse_tags(" , ").is_empty());
}

#[test]
fn posts_and_common_tags() {
    let a = Post::parse("Borrowing | rust, memory, tips").unwrap();
    let b = Post::parse("Async | tips, rust").unwrap();
    assert!(Post::parse(" | rust").is_none());
    assert!(b.has_tag("tips"));
    assert_eq!(common_tags(&[a, b]), vec!["rust", "tips"]);
}
