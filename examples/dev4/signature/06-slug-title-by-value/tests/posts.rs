use d4_signature_06_slug_title_by_value::posts::*;

#[test]
fn slugs() {
    let p = Post { title: "Hello, World!".into(), body: String::new() };
    assert_eq!(p.url(), "/posts/hello-world");
    assert_eq!(index(&[p]), vec!["hello-world".to_string()]);
    assert_eq!(anchor("A  B"), "#a-b");
}
