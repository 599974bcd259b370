use ledger_payments::{Invoice, Ledger, LedgerError};

#[test]
fn invoices_check_the_payer() {
    let mut l = Ledger::default();
    l.open(1, 100);
    l.open(2, 1_000_000);
    assert_eq!(
        l.pay_invoice(&Invoice { payer: 1, payee: 2, cents: 500 }),
        Err(LedgerError::InsufficientFunds { account: 1, balance: 100 })
    );
    l.pay_invoice(&Invoice { payer: 2, payee: 1, cents: 900 }).unwrap();
    assert_eq!(l.journal(), &[(2, 1, 900)]);
    assert_eq!(l.balance(1), Some(1_000));
}
