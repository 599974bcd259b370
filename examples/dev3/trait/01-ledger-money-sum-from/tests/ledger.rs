use trait_ledger_money_sum_from::{Ledger, Money};

#[test]
fn balance_sums_entries() {
    let mut l = Ledger::new();
    assert_eq!(l.balance(), Money(0));
    l.record("rent", -120_000);
    l.record("salary", 250_050);
    l.record("coffee", -350);
    assert_eq!(l.balance(), Money(129_700));
    assert_eq!(l.balance().to_string(), "$1297.00");
}

#[test]
fn statement_lines() {
    let mut l = Ledger::new();
    l.record("fee", -5);
    assert_eq!(l.statement(), vec!["fee           -$0.05"]);
}
