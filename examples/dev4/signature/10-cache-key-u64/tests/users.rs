use d4_signature_10_cache_key_u64::users::*;

#[test]
fn caches() {
    let c = load(&[1, 2]);
    assert_eq!(name(&c, 2), "user2");
    assert_eq!(name(&c, 9), "anonymous");
    assert_eq!(first(&c, &[7, 1]).as_deref(), Some("user1"));
}
