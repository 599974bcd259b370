use borrow_bank_transfer_two_mut::{Bank, TransferError};

#[test]
fn moves_money_and_records_history() {
    let mut bank = Bank::default();
    let a = bank.open("ana", 100);
    let b = bank.open("bo", 5);
    bank.transfer(a, b, 30).unwrap();
    assert_eq!(bank.account(a).unwrap().balance, 70);
    assert_eq!(bank.account(b).unwrap().history, vec![5, 30]);
    assert_eq!(bank.account(a).unwrap().history, vec![100, -30]);
    assert_eq!(bank.total(), 105);
}

#[test]
fn rejects_bad_transfers_without_side_effects() {
    let mut bank = Bank::default();
    let a = bank.open("ana", 10);
    let b = bank.open("bo", 0);
    assert_eq!(bank.transfer(a, b, 11), Err(TransferError::Insufficient { available: 10, requested: 11 }));
    assert_eq!(bank.transfer(a, 7, 1), Err(TransferError::NoSuchAccount(7)));
    assert_eq!(bank.transfer(b, b, 0), Err(TransferError::SameAccount));
    assert_eq!(bank.account(a).unwrap().history, vec![10]);
    assert_eq!(bank.account(b).unwrap().balance, 0);
}
