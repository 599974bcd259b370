use d4_independent_10_lifetime_and_return::*;

#[test]
fn works() {
    assert_eq!(longest("ab", "c"), "ab");
    assert_eq!(count_long(&["a", "abc", "abcd"], 3), 2);
}
