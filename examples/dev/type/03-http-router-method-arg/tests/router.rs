use type_http_router_method_arg::{api_router, Method, Router};

#[test]
fn dispatches_by_method_and_path() {
    let router = api_router();
    assert_eq!(router.dispatch(Method::Get, "/users"), Some(("list_users", vec![])));
    assert_eq!(router.dispatch(Method::Post, "/users"), Some(("create_user", vec![])));
    assert_eq!(router.dispatch(Method::Delete, "/users"), None);
}

#[test]
fn captures_parameters() {
    let router = api_router();
    let id = vec![("id".to_string(), "7".to_string())];
    assert_eq!(router.dispatch(Method::Get, "/users/7"), Some(("show_user", id.clone())));
    assert_eq!(router.dispatch(Method::Delete, "/users/7/"), Some(("delete_user", id)));
    assert_eq!(router.dispatch(Method::Post, "/users/7"), None);
}

#[test]
fn custom_routes() {
    let mut router = Router::new();
    router.add(Method::Get, "/a/:x/b/:y", "ab");
    let (handler, params) = router.dispatch(Method::Get, "/a/1/b/2").unwrap();
    assert_eq!(handler, "ab");
    assert_eq!(params[1], ("y".to_string(), "2".to_string()));
    assert!(router.dispatch(Method::Get, "/a/1/c/2").is_none());
}
