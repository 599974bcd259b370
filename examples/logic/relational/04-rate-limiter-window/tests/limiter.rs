use rate_limiter::RateLimiter;

#[test]
fn limit_within_the_window() {
    let mut r = RateLimiter::new(2, 1_000);
    assert!(r.allow("a", 0));
    assert!(r.allow("a", 100));
    assert!(!r.allow("a", 500));
    assert!(r.allow("b", 500));
}

#[test]
fn a_request_expires_after_exactly_one_window() {
    let mut r = RateLimiter::new(1, 1_000);
    assert!(r.allow("a", 0));
    assert!(r.allow("a", 1_000));
}
