use std::collections::HashMap;

#[derive(Debug, PartialEq)]
pub enum LedgerError {
    NoAccount(u32),
    InsufficientFunds { account: u32, balance: i64 },
}

pub struct Invoice {
    pub payer: u32,
    pub payee: u32,
    pub cents: i64,
}

#[derive(Default)]
pub struct Ledger {
    balances: HashMap<u32, i64>,
    journal: Vec<(u32, u32, i64)>,
}

impl Ledger {
    pub fn open(&mut self, id: u32, cents: i64) {
        self.balances.insert(id, cents);
    }

    pub fn balance(&self, id: u32) -> Option<i64> {
        self.balances.get(&id).copied()
    }

    /// Move `cents` from `from` to `to`; the payer may not go negative.
    pub fn transfer(&mut self, from: u32, to: u32, cents: i64) -> Result<(), LedgerError> {
        let from_balance = self.balance(from).ok_or(LedgerError::NoAccount(from))?;
        self.balance(to).ok_or(LedgerError::NoAccount(to))?;
        if from_balance < cents {
            return Err(LedgerError::InsufficientFunds { account: from, balance: from_balance });
        }
        *self.balances.get_mut(&from).unwrap() -= cents;
        *self.balances.get_mut(&to).unwrap() += cents;
        self.journal.push((from, to, cents));
        Ok(())
    }

    pub fn pay_invoice(&mut self, inv: &Invoice) -> Result<(), LedgerError> {
        self.transfer(inv.payee, inv.payer, inv.cents)
    }

    pub fn journal(&self) -> &[(u32, u32, i64)] {
        &self.journal
    }
}
