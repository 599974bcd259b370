use d4_returns_03_returns_string_now::greet::*;

#[test]
fn works() {
    assert_eq!(hello("ann"), "Hello, Ann");
    assert_eq!(initial("bo"), Some('B'));
}
