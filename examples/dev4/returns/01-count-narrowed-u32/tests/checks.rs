use d4_returns_01_count_narrowed_u32::{bag::Bag, checks::*};

#[test]
fn counts() {
    let mut b = Bag::default();
    b.insert("a");
    b.insert("b");
    assert!(is_full(&b, 2));
    assert_eq!(room(&b, 5), 3);
    assert_eq!(sizes(&[b, Bag::default()]), vec![2, 0]);
}
