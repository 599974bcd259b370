use ledger_payments::{Invoice, Ledger, LedgerError};

fn books() -> Ledger {
    let mut l = Ledger::default();
    l.open(1, 10_000);
    l.open(2, 500);
    l
}

#[test]
fn paying_an_invoice_moves_money_to_the_payee() {
    let mut l = books();
    l.pay_invoice(&Invoice { payer: 1, payee: 2, cents: 2_500 }).unwrap();
    assert_eq!(l.balance(1), Some(7_500));
    assert_eq!(l.balance(2), Some(3_000));
}

#[test]
fn direct_transfers() {
    let mut l = books();
    l.transfer(2, 1, 200).unwrap();
    assert_eq!(l.journal(), &[(2, 1, 200)]);
    assert_eq!(l.transfer(2, 1, 1_000), Err(LedgerError::InsufficientFunds { account: 2, balance: 300 }));
    assert_eq!(l.transfer(3, 1, 1), Err(LedgerError::NoAccount(3)));
}
