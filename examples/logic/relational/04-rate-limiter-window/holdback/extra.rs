use rate_limiter::RateLimiter;

#[test]
fn window_edges() {
    let mut r = RateLimiter::new(2, 100);
    assert!(r.allow("k", 10));
    assert!(r.allow("k", 60));
    assert!(!r.allow("k", 109));
    assert!(r.allow("k", 110));
    assert_eq!(r.in_window("k", 110), 2);
    assert_eq!(r.in_window("k", 160), 1);
    assert_eq!(r.in_window("k", 209), 1);
    assert_eq!(r.in_window("k", 210), 0);
}
