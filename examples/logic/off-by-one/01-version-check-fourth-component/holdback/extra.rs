use version_check_fourth_component::Version;

#[test]
fn display_and_components_round_trip() {
    for s in ["1.35.0", "0.12.7", "3.65535.1", "1.4.4"] {
        assert_eq!(Version::parse(s).unwrap().to_string(), s);
    }
    assert_eq!(Version::from_mmp(1, 256, 3).to_mmp(), (1, 256, 3));
}

#[test]
fn boundaries_of_at_least_and_at_most() {
    let v = Version::parse("1.12.5").unwrap();
    assert!(v.at_least("1.12.5"));
    assert!(v.at_least("1.12"));
    assert!(v.at_most("1.12.5"));
    assert!(!v.at_least("2"));
    assert!(!v.at_least("1.2.3.4"));
    assert_eq!(Version::parse("1.2.3.4.5.6"), None);
    assert_eq!(Version::parse("-1.2.3"), None);
}
