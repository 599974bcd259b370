use intent_counter_reset::Counter;

#[test]
fn ticks_and_resets() {
    let mut counter = Counter::new();
    counter.tick();
    counter.tick();
    assert_eq!(counter.count, 2);
    counter.reset();
    assert_eq!(counter.count, 0);
}
