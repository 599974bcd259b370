use mutability_turnstile_push_self_ref::{Event, Turnstile};

#[test]
fn push_needs_a_coin() {
    let mut t = Turnstile::default();
    assert!(!t.push());
    t.coin();
    assert!(t.is_unlocked());
    assert!(t.push());
    assert!(!t.is_unlocked());
    assert!(!t.push());
}

#[test]
fn counts_events() {
    use Event::*;
    let mut t = Turnstile::default();
    assert_eq!(t.run(&[Push, Coin, Coin, Push, Push, Coin, Push]), (2, 2));
}
