use task_clamp_percent::percent;

#[test]
fn clamps_both_ends() {
    assert_eq!(percent(-5), 0);
    assert_eq!(percent(42), 42);
    assert_eq!(percent(100), 100);
    assert_eq!(percent(300), 100);
}
