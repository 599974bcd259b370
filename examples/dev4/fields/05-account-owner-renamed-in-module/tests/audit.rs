use d4_fields_05_account_owner_renamed_in_module::{account::Account, audit::*};

#[test]
fn audits() {
    let mut a = Account::open("ann");
    a.balance = -5;
    let b = Account::open("ann");
    assert_eq!(overdrawn(&[a, Account::open("bo")]), vec!["ann"]);
    assert!(same_holder(&b, &Account::open("ann")));
    assert_eq!(b.label(), "ann (0)");
}
