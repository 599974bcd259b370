use feature_flags::flags::bucket;
use feature_flags::Flag;

#[test]
fn partial_rollout_matches_buckets() {
    let f = Flag::new("half", 50);
    for u in 0..200 {
        assert_eq!(f.enabled_for(u), bucket(u, "half") < 50);
    }
    let off = Flag::new("off", 0);
    assert!((0..100).all(|u| !off.enabled_for(u)));
}
