use visibility_router_private_helper::{canonical_link, Router};

#[test]
fn routes_with_params() {
    let mut r = Router::default();
    r.add("/users/:id", "show_user").add("/users/:id/posts/", "list_posts");
    let m = r.route("//users/42/./posts").unwrap();
    assert_eq!(m.handler, "list_posts");
    assert_eq!(m.params["id"], "42");
    assert_eq!(r.route("/users").map(|m| m.handler), None);
}

#[test]
fn canonical_links() {
    assert_eq!(canonical_link("Example.COM/", "a//b/"), "https://example.com/a/b");
    assert_eq!(canonical_link("example.com", "./"), "https://example.com/");
}
