use crate::money::Money;

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub account: String,
    pub amount: Money,
    pub memo: String,
}

#[derive(Debug, Default)]
pub struct Ledger {
    entries: Vec<Entry>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn deposit(&mut self, account: &str, amount: Money, memo: &str) {
        self.entries.push(Entry {
            account: account.to_string(),
            amount,
            memo: memo.to_string(),
        });
    }

    pub fn withdraw(&mut self, account: &str, amount: Money, memo: &str) {
        self.deposit(account, -amount, memo);
    }

    /// Move money between accounts; both legs are recorded.
    pub fn transfer(&mut self, from: &str, to: &str, amount: Money) {
        let memo = format!("transfer {} -> {}", from, to);
        self.withdraw(from, amount, &memo);
        self.deposit(to, amount, &memo);
    }

    pub fn balance(&self, account: &str) -> Money {
        self.entries
            .iter()
            .filter(|e| e.account == account)
            .fold(Money::default(), |acc, e| acc + e.amount)
    }

    pub fn overdrawn(&self) -> Vec<String> {
        let mut names: Vec<String> = self.entries.iter().map(|e| e.account.clone()).collect();
        names.sort();
        names.dedup();
        names.retain(|n| self.balance(n).is_negative());
        names
    }
}
