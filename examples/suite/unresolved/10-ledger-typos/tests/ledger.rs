use unresolved_ledger_typos::{Ledger, TxError};

#[test]
fn transfer_moves_money_and_is_journaled() {
    let mut l = Ledger::new();
    l.open("alice", 10_000);
    l.open("bob", 500);
    l.transfer("alice", "bob", 2_500).unwrap();
    assert_eq!(l.balance("alice"), Some(7_500));
    assert_eq!(l.balance("bob"), Some(3_000));
    assert_eq!(l.history("bob").len(), 1);
    assert_eq!(l.history("bob")[0].cents, 2_500);
}

#[test]
fn failed_transfers_change_nothing() {
    let mut l = Ledger::new();
    l.open("alice", 100);
    l.open("bob", 0);
    assert_eq!(
        l.transfer("alice", "bob", 101),
        Err(TxError::InsufficientFunds { needed: 101, available: 100 })
    );
    assert_eq!(l.transfer("alice", "carol", 1), Err(TxError::UnknownAccount("carol".into())));
    assert_eq!(l.balance("alice"), Some(100));
    assert!(l.history("alice").is_empty());
}
