use feature_flags::flags::bucket;
use feature_flags::{enabled_flags, Flag};

#[test]
fn full_rollout_and_allow_list() {
    let mut beta = Flag::new("beta", 0);
    beta.allow.push(7);
    let flags = [Flag::new("new-ui", 100), beta];
    assert_eq!(enabled_flags(&flags, 7), vec!["new-ui", "beta"]);
}

#[test]
fn killed_flags_are_off() {
    let mut f = Flag::new("risky", 100);
    f.allow.push(1);
    f.killed = true;
    assert!(!f.enabled_for(1));
}

#[test]
fn buckets_are_stable_and_in_range() {
    assert_eq!(bucket(42, "x"), bucket(42, "x"));
    assert!((0..1000).all(|u| bucket(u, "y") < 100));
}
