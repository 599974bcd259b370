use url_path_join::{join_path, url};

#[test]
fn absolute_and_trailing_slashes() {
    assert_eq!(url("https://x.org", &["a", "/b", "c"]), "https://x.org/b/c");
    assert_eq!(join_path("/a/", "/"), "/");
    assert_eq!(join_path("/a", "b/"), "/a/b/");
    assert_eq!(join_path("/a/", "/b/"), "/b/");
}
