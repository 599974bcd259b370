use retry_policy::run_with_retries;

#[test]
fn immediate_success_and_zero_attempts() {
    let mut calls = 0;
    let out = run_with_retries(4, |_| {
        calls += 1;
        Ok::<_, String>("done")
    });
    assert_eq!((out.result, out.attempts, out.waited_ms, calls), (Ok("done"), 1, 0, 1));
    let none = run_with_retries(0, |_| Ok::<u8, String>(1));
    assert_eq!(none.attempts, 0);
    assert!(none.result.is_err());
}
