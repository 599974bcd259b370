use type_rate_limiter_burst_u32::{Decision, RateLimiter};

#[test]
fn capacity_includes_burst() {
    let limiter = RateLimiter::new(1000, 3, 2);
    assert_eq!(limiter.capacity(), 5);
}

#[test]
fn rejects_when_full_and_recovers() {
    let mut limiter = RateLimiter::new(1000, 2, 1);
    assert_eq!(limiter.check(0), Decision::Allow);
    assert_eq!(limiter.check(100), Decision::Allow);
    assert_eq!(limiter.check(200), Decision::Allow);
    assert_eq!(limiter.check(300), Decision::Reject { retry_after_ms: 700 });
    assert_eq!(limiter.remaining(300), 0);
    assert_eq!(limiter.check(1000), Decision::Allow);
    assert_eq!(limiter.remaining(1150), 1);
}
