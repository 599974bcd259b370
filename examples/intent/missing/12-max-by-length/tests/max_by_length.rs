use intent_max_by_length::longest;

#[test]
fn picks_the_first_longest() {
    assert_eq!(longest(&["ab", "abc", "xyz", "a"]), Some("abc"));
    assert_eq!(longest(&[]), None);
}
