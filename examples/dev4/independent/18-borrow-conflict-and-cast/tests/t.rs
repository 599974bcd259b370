use d4_independent_18_borrow_conflict_and_cast::*;

#[test]
fn works() {
    let mut v = vec![1, 2];
    assert_eq!(bump_all(&mut v), 2);
    assert_eq!(v, vec![3, 4]);
    assert_eq!(percent(1, 4), 25.0);
    assert_eq!(percent(1, 0), 0.0);
}
