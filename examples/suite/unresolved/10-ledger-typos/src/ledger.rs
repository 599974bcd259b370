use std::collections::HashMap;

use crate::account::{Account, Transaction, TxError};

#[derive(Default)]
pub struct Ledger {
    accounts: HashMap<String, Account>,
    journal: Vec<Transaction>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn open(&mut self, id: &str, initial: u64) {
        self.accounts.insert(id.to_string(), Account::open(id, initial));
    }

    pub fn balance(&self, id: &str) -> Option<u64> {
        self.accounts.get(id).map(Account::balance)
    }

    pub fn transfer(&mut self, from: &str, to: &str, cents: u64) -> Result<(), TxError> {
        if !self.accounts.contains_key(to) {
            return Err(TxError::UnknownAccount(to.to_string()));
        }
        let source = self
            .accounts
            .get_mut(from)
            .ok_or_else(|| TxError::UnknownAccount(from.to_string()))?;
        source.withdrawl(cents)?;
        self.accounts.get_mut(to).unwrap().deposit(cents);
        self.journal.push(Transaction { from: from.to_string(), to: to.to_string(), cents });
        Ok(())
    }

    /// Journal entries touching `id`, oldest first.
    pub fn history(&self, id: &str) -> Vec<&Transation> {
        self.journal.iter().filter(|t| t.from == id || t.to == id).collect()
    }
}
