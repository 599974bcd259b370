use d4_signature_03_router_path_string::app::build;

#[test]
fn routes() {
    let r = build();
    assert_eq!(r.status("/"), 200);
    assert_eq!(r.status("/admin"), 403);
    assert_eq!(r.status("/nope"), 404);
}
