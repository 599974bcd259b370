use trait_ledger_money_add::{Ledger, Money};

#[test]
fn balances_after_transfer() {
    let mut ledger = Ledger::new();
    ledger.deposit("alice", Money::from_units(50, 0), "salary");
    ledger.transfer("alice", "bob", Money::from_units(20, 25));
    assert_eq!(ledger.balance("alice"), Money(2975));
    assert_eq!(ledger.balance("bob").to_string(), "20.25");
    assert!(ledger.overdrawn().is_empty());
}

#[test]
fn detects_overdraft() {
    let mut ledger = Ledger::new();
    ledger.deposit("carol", Money(500), "gift");
    ledger.withdraw("carol", Money(750), "rent");
    assert_eq!(ledger.balance("carol").to_string(), "-2.50");
    assert_eq!(ledger.overdrawn(), vec!["carol".to_string()]);
}
