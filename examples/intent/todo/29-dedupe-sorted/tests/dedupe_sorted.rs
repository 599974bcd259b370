use intent_dedupe_sorted::dedupe;

#[test]
fn distinct_and_sorted() {
    assert_eq!(dedupe(&[3, 1, 3, 2, 1]), vec![1, 2, 3]);
    assert!(dedupe(&[]).is_empty());
}
