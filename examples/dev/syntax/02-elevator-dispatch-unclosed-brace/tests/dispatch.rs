use syntax_elevator_dispatch_unclosed_brace::dispatch::Elevator;
use syntax_elevator_dispatch_unclosed_brace::Direction;

#[test]
fn sweeps_in_one_direction() {
    let mut e = Elevator::new(5);
    for f in [7, 2, 9, 5, 3] {
        e.request(f);
    }
    let stops: Vec<i32> = std::iter::from_fn(|| e.next_stop()).collect();
    assert_eq!(stops, vec![7, 9, 3, 2]);
    assert_eq!(e.direction, Direction::Idle);
}

#[test]
fn idle_picks_nearest() {
    let mut e = Elevator::new(4);
    e.request(1);
    e.request(6);
    assert_eq!(e.next_stop(), Some(6));
    assert_eq!(e.direction, Direction::Up);
    assert_eq!(e.next_stop(), Some(1));
    assert_eq!(e.direction, Direction::Idle);
    assert_eq!(e.next_stop(), None);
}
