use version_check_at_least::Version;

fn mmp(s: &str) -> Option<(u16, u16, u16)> {
    Version::parse(s).map(|v| v.to_mmp())
}

#[test]
fn parses_full_and_partial_versions() {
    assert_eq!(mmp("1.18.0"), Some((1, 18, 0)));
    assert_eq!(mmp("1.2"), Some((1, 2, 0)));
    assert_eq!(mmp("1"), Some((1, 0, 0)));
    assert_eq!(mmp("1.19.0-nightly"), Some((1, 19, 0)));
    assert_eq!(mmp("1.12.2349"), Some((1, 12, 2349)));
}

#[test]
fn rejects_malformed_versions() {
    assert_eq!(mmp("1.65536.2"), None);
    assert_eq!(mmp("1. 2"), None);
    assert_eq!(mmp(""), None);
    assert_eq!(mmp("1."), None);
    assert_eq!(mmp("one"), None);
    assert_eq!(mmp("1.2.3.4"), None);
}

#[test]
fn at_least_includes_the_same_version() {
    let v = Version::parse("1.35.0").unwrap();
    assert!(v.at_least("1.33.0"));
    assert!(v.at_least("1.35.0"));
    assert!(!v.at_least("1.35.1"));
}

#[test]
fn at_most_and_exactly() {
    let v = Version::parse("1.35.0").unwrap();
    assert!(v.at_most("1.55.0"));
    assert!(!v.at_most("1.13.2"));
    assert!(v.exactly("1.35.0-beta"));
    assert!(!v.exactly("1.35.1"));
}

#[test]
fn orders_numerically_not_lexically() {
    assert!(Version::parse("1.9.0").unwrap() < Version::parse("1.10.0").unwrap());
    assert!(Version::from_mmp(2, 0, 0) > Version::from_mmp(1, 99, 99));
}
