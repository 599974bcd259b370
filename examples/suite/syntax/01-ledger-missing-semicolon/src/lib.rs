//! A small ledger that tracks account balances in cents.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerError {
    UnknownAccount(String),
    InsufficientFunds { account: String, needed: i64, available: i64 },
}

#[derive(Debug, Default)]
pub struct Ledger {
    balances: HashMap<String, i64>,
    history: Vec<(String, String, i64)>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn open(&mut self, account: &str, initial: i64) {
        self.balances.insert(account.to_string(), initial);
    }

    pub fn balance(&self, account: &str) -> Option<i64> {
        self.balances.get(account).copied()
    }

    pub fn transfer(&mut self, from: &str, to: &str, amount: i64) -> Result<(), LedgerError> {
        if !self.balances.contains_key(to) {
            return Err(LedgerError::UnknownAccount(to.to_string()));
        }
        let available = self
            .balance(from)
            .ok_or_else(|| LedgerError::UnknownAccount(from.to_string()))?
        if available < amount {
            return Err(LedgerError::InsufficientFunds {
                account: from.to_string(),
                needed: amount,
                available,
            });
        }
        *self.balances.get_mut(from).unwrap() -= amount;
        *self.balances.get_mut(to).unwrap() += amount;
        self.history.push((from.to_string(), to.to_string(), amount));
        Ok(())
    }

    pub fn total(&self) -> i64 {
        self.balances.values().sum()
    }

    pub fn transfers_from(&self, account: &str) -> usize {
        self.history.iter().filter(|(f, _, _)| f == account).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger() -> Ledger {
        let mut l = Ledger::new();
        l.open("alice", 1_000);
        l.open("bob", 250);
        l
    }

    #[test]
    fn transfer_moves_money_and_keeps_total() {
        let mut l = ledger();
        l.transfer("alice", "bob", 300).unwrap();
        assert_eq!(l.balance("alice"), Some(700));
        assert_eq!(l.balance("bob"), Some(550));
        assert_eq!(l.total(), 1_250);
        assert_eq!(l.transfers_from("alice"), 1);
    }

    #[test]
    fn rejects_overdraft_and_unknown_accounts() {
        let mut l = ledger();
        assert_eq!(
            l.transfer("bob", "alice", 400),
            Err(LedgerError::InsufficientFunds { account: "bob".into(), needed: 400, available: 250 })
        );
        assert_eq!(l.transfer("carol", "bob", 1), Err(LedgerError::UnknownAccount("carol".into())));
        assert_eq!(l.transfer("alice", "dave", 1), Err(LedgerError::UnknownAccount("dave".into())));
        assert_eq!(l.balance("bob"), Some(250));
        assert_eq!(l.transfers_from("bob"), 0);
    }
}
