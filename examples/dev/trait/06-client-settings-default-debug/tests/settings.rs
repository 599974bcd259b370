use trait_client_settings_default_debug::retry::{Backoff, RetryPolicy};
use trait_client_settings_default_debug::settings::Settings;

#[test]
fn defaults_keep_the_retry_policy() {
    let s = Settings::default();
    assert_eq!(s.timeout_ms, 0);
    assert_eq!(s.retry, RetryPolicy::new());
    assert_eq!(s.retry.max_attempts, 3);
}

#[test]
fn backoff_delays() {
    let p = RetryPolicy::default();
    let delays: Vec<_> = (0..5).map(|a| p.delay_ms(a)).collect();
    assert_eq!(delays, vec![None, Some(100), Some(200), None, None]);
    let steep = RetryPolicy { max_attempts: 10, ..RetryPolicy::new() };
    assert_eq!(steep.delay_ms(6), Some(2_000));
    let fixed = RetryPolicy { max_attempts: 4, backoff: Backoff::Fixed(50) };
    assert_eq!(fixed.delay_ms(3), Some(50));
}

#[test]
fn describes() {
    let s = Settings { endpoint: "https://api.test".into(), timeout_ms: 500, ..Settings::default() };
    assert_eq!(s.describe(), "https://api.test (timeout 500ms, Exponential { base_ms: 100, max_ms: 2000 })");
}
