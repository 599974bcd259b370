use trait_request_middleware_mut_signature::{
    LowercasePath, Pipeline, Request, RequireHeader, StripTrailingSlash,
};

fn pipeline() -> Pipeline {
    Pipeline::default().with(RequireHeader("host")).with(StripTrailingSlash).with(LowercasePath)
}

#[test]
fn rewrites_path() {
    let req = Request::new("/Users/42//").header("Host", "example.com");
    let out = pipeline().run(req).unwrap();
    assert_eq!(out.path, "/users/42");
    assert_eq!(out.headers["host"], "example.com");
    assert_eq!(pipeline().run(Request::new("/").header("host", "h")).unwrap().path, "/");
}

#[test]
fn rejects_missing_header() {
    assert_eq!(pipeline().run(Request::new("/a")), Err("missing header host".to_string()));
    assert!(pipeline().run(Request::new("/a").header("host", "")).is_err());
}
