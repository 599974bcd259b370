use intent_bank_withdraw::Account;

#[test]
fn withdraws_within_the_balance() {
    let mut a = Account { balance: 100 };
    assert_eq!(a.withdraw(30), Ok(70));
    assert_eq!(a.withdraw(80), Err(70));
    assert_eq!(a.balance, 70);
}
