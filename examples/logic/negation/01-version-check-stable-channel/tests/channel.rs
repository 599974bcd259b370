use version_check_stable_channel::Channel;

#[test]
fn recognises_nightly_and_dev() {
    let n = Channel::parse("1.27.0-nightly").unwrap();
    assert!(n.is_nightly() && n.supports_features());
    let d = Channel::parse("1.30.0-dev").unwrap();
    assert!(d.is_dev() && d.supports_features());
}

#[test]
fn recognises_stable() {
    let s = Channel::parse("1.27.0").unwrap();
    assert!(s.is_stable());
    assert!(!s.supports_features());
    assert_eq!(s.to_string(), "stable");
}

#[test]
fn recognises_beta() {
    let b = Channel::parse("1.27.0-beta.2").unwrap();
    assert!(b.is_beta());
    assert!(!b.supports_features());
    assert_eq!(b.to_string(), "beta");
}

#[test]
fn bare_channel_names() {
    assert!(Channel::parse("nightly").unwrap().is_nightly());
    assert!(Channel::parse("  dev ").unwrap().is_dev());
}
