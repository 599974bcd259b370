use d4_methods_01_queue_method_renamed::jobs::*;

#[test]
fn order() {
    let mut q = nightly();
    retry(&mut q, &["mail"]);
    assert_eq!(q.len(), 4);
    assert_eq!(q.next().as_deref(), Some("backup"));
    assert!(!q.is_empty());
}
