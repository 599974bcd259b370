use ring_buffer_log::{tail, RingLog};

#[test]
fn keeps_the_most_recent() {
    let mut r = RingLog::new(3);
    for i in 1..=5 {
        r.push(i);
    }
    assert_eq!(r.snapshot(), vec![3, 4, 5]);
}

#[test]
fn tail_of_a_file() {
    assert_eq!(tail("a\nb\nc\nd", 2), vec!["c", "d"]);
}

#[test]
fn lengths() {
    let mut r = RingLog::new(4);
    assert!(r.is_empty());
    r.push('x');
    r.push('y');
    assert_eq!(r.len(), 2);
    assert_eq!(r.capacity(), 4);
}
