use moving_average::{smooth, MovingAverage};

#[test]
fn warming_up() {
    assert_eq!(smooth(&[2.0, 4.0, 6.0], 3), vec![2.0, 3.0, 4.0]);
}

#[test]
fn sliding_past_the_window() {
    assert_eq!(smooth(&[1.0, 2.0, 3.0, 10.0], 2), vec![1.0, 1.5, 2.5, 6.5]);
}

#[test]
fn empty_and_warm() {
    let mut ma = MovingAverage::new(2);
    assert_eq!(ma.average(), 0.0);
    ma.push(1.0);
    assert!(!ma.is_warm());
    ma.push(1.0);
    assert!(ma.is_warm());
}
