use retry_policy::{backoff_ms, run_with_retries};

#[test]
fn stops_at_the_first_success() {
    let out = run_with_retries(5, |n| if n >= 2 { Ok(n * 10) } else { Err(format!("fail {}", n)) });
    assert_eq!(out.result, Ok(20));
    assert_eq!(out.attempts, 3);
    assert_eq!(out.waited_ms, 300);
}

#[test]
fn gives_up_after_the_last_attempt() {
    let out = run_with_retries(3, |n| Err::<(), _>(format!("fail {}", n)));
    assert_eq!(out.result, Err("fail 2".to_string()));
    assert_eq!(out.attempts, 3);
}

#[test]
fn backoff_is_capped() {
    assert_eq!(backoff_ms(100, 0, 2_000), 100);
    assert_eq!(backoff_ms(100, 4, 2_000), 1_600);
    assert_eq!(backoff_ms(100, 5, 2_000), 2_000);
}
