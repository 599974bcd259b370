use d4_names_04_fn_renamed_imported::form::*;

#[test]
fn works() {
    assert!(valid_user("ann", "a@b.c"));
    assert!(!valid_user("", "a@b.c"));
    assert!(!valid_user("bo", "nope"));
}
