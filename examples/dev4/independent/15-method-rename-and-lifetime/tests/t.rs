use d4_independent_15_method_rename_and_lifetime::*;

#[test]
fn works() {
    assert_eq!(team().first(), Some("ann"));
    assert_eq!(pick("x", "y"), "x");
}
