use borrow_bank_withdraw_fee_after_account_mut::{Bank, BankError};

#[test]
fn withdraw_charges_fee() {
    let mut bank = Bank::new(150);
    let id = bank.open("ana", 10_000);
    assert_eq!(bank.withdraw(id, 2_000), Ok(7_850));
    assert_eq!(bank.withdraw(id, 1_000), Ok(6_700));
    assert_eq!(bank.fees_collected(), 300);
}

#[test]
fn refuses_overdraft_and_unknown_accounts() {
    let mut bank = Bank::new(100);
    let id = bank.open("bo", 500);
    assert_eq!(
        bank.withdraw(id, 450),
        Err(BankError::Insufficient { needed: 550, available: 500 })
    );
    assert_eq!(bank.withdraw(99, 1), Err(BankError::NoSuchAccount(99)));
    assert_eq!(bank.fees_collected(), 0);
}
