use ring_buffer_log::{tail, RingLog};

#[test]
fn partly_filled_and_exactly_full() {
    let mut r = RingLog::new(4);
    r.push(1);
    r.push(2);
    assert_eq!(r.snapshot(), vec![1, 2]);
    r.push(3);
    r.push(4);
    assert_eq!(r.snapshot(), vec![1, 2, 3, 4]);
    r.push(5);
    assert_eq!(r.snapshot(), vec![2, 3, 4, 5]);
    assert_eq!(tail("only", 3), vec!["only"]);
    assert_eq!(tail("", 3), Vec::<String>::new());
}
