use intent_iterator_countdown::Countdown;

#[test]
fn counts_down() {
    let values: Vec<u32> = Countdown { from: 3 }.collect();
    assert_eq!(values, vec![3, 2, 1]);
    assert_eq!(Countdown { from: 0 }.next(), None);
}
