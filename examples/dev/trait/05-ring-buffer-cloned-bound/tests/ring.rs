use trait_ring_buffer_cloned_bound::Ring;

#[test]
fn overwrites_oldest() {
    let mut r = Ring::with_capacity(3);
    assert_eq!(r.push(1), None);
    r.push(2);
    r.push(3);
    assert_eq!(r.push(4), Some(1));
    assert_eq!(r.iter().copied().collect::<Vec<_>>(), vec![2, 3, 4]);
    assert_eq!(r.len(), 3);
}

#[test]
fn latest_newest_first() {
    let mut r = Ring::with_capacity(4);
    for word in ["a", "b", "c", "d", "e"] {
        r.push(word.to_string());
    }
    assert_eq!(r.latest(2), vec!["e".to_string(), "d".to_string()]);
    assert_eq!(r.latest(10).len(), 4);
    assert!(Ring::<String>::with_capacity(1).latest(3).is_empty());
}
