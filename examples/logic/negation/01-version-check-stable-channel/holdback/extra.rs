use version_check_stable_channel::Channel;

#[test]
fn unknown_suffix_is_none() {
    assert_eq!(Channel::parse("1.27.0-rc1"), None);
    assert_eq!(Channel::parse("1.27.0-alpha"), None);
}

#[test]
fn display_every_channel() {
    assert_eq!(Channel::parse("1.0.0-nightly").unwrap().to_string(), "nightly");
    assert_eq!(Channel::parse("1.0.0-dev").unwrap().to_string(), "dev");
    assert_eq!(Channel::parse("beta").unwrap().to_string(), "beta");
    assert_eq!(Channel::parse("1.70.0").unwrap().to_string(), "stable");
    assert!(!Channel::parse("1.70.0").unwrap().is_beta());
    assert!(!Channel::parse("1.0.0-dev").unwrap().is_nightly());
}
