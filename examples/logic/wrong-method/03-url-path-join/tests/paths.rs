use url_path_join::{join_path, normalize, url};

#[test]
fn absolute_segment_replaces_the_base() {
    assert_eq!(join_path("/docs/guide", "/api/v2"), "/api/v2");
}

#[test]
fn relative_segments_append() {
    assert_eq!(join_path("/docs", "intro"), "/docs/intro");
    assert_eq!(join_path("/docs/", "intro"), "/docs/intro");
}

#[test]
fn building_urls() {
    assert_eq!(url("https://x.org/", &["a", "b/", "../c"]), "https://x.org/a/c");
    assert_eq!(normalize("/a/./b//c/"), "/a/b/c/");
    assert_eq!(normalize("/../.."), "/");
}
