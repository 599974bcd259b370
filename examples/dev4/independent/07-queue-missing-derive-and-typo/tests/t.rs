use d4_independent_07_queue_missing_derive_and_typo::*;

#[test]
fn tasks() {
    let q = schedule(&["a", "b"]);
    assert_eq!(q[1], Task { id: 1, title: "b".into() });
    assert_eq!(first_title(&q), Some("a"));
    assert_eq!(format!("{:?}", q[0].clone()).len() > 0, true);
}
