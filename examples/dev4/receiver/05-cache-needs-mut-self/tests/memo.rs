use d4_receiver_05_cache_needs_mut_self::{memo::Memo, use_memo::*};

#[test]
fn memoizes() {
    let mut m = Memo::default();
    assert_eq!(tenth(&mut m), 55);
    assert_eq!(fib_sum(&mut m, &[1, 2, 3]), 4);
}
