use type_url_builder_query_join::UrlBuilder;

#[test]
fn path_only() {
    let url = UrlBuilder::new("https://api.example.com/").segment("users").segment("42");
    assert_eq!(url.build(), "https://api.example.com/users/42");
}

#[test]
fn query_pairs_are_joined_and_encoded() {
    let url = UrlBuilder::new("https://x.io")
        .segment("search")
        .param("q", "rust lang")
        .param("page", "2")
        .param("sort", "a&b");
    assert_eq!(url.query_string(), "q=rust%20lang&page=2&sort=a%26b");
    assert_eq!(url.build(), "https://x.io/search?q=rust%20lang&page=2&sort=a%26b");
}

#[test]
fn segments_are_encoded() {
    let url = UrlBuilder::new("http://h").segment("a b").segment("ü");
    assert_eq!(url.path(), "/a%20b/%C3%BC");
    assert_eq!(url.query_string(), "");
}
