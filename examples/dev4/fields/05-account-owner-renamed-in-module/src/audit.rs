use crate::account::Account;

pub fn overdrawn(accounts: &[Account]) -> Vec<&str> {
    accounts.iter().filter(|a| a.balance < 0).map(|a| a.owner.as_str()).collect()
}

pub fn same_holder(a: &Account, b: &Account) -> bool {
    a.owner == b.owner
}
