use intent_partial_eq_version::Version;

#[test]
fn patch_is_ignored() {
    let a = Version { major: 1, minor: 2, patch: 3 };
    let b = Version { major: 1, minor: 2, patch: 9 };
    let c = Version { major: 1, minor: 3, patch: 3 };
    assert_eq!(a, b);
    assert_ne!(a, c);
}
