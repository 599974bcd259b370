use d4_independent_19_two_groups::{money::*, wallet::*};

#[test]
fn works() {
    let mut w = Wallet::default();
    w.deposit(cents(150));
    w.deposit(cents(50));
    assert_eq!(w.total(), 200);
    assert_eq!(w.largest(), Some(150));
}
