//! Double-entry-ish account ledger with per-account overdraft limits (amounts in cents).
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tx {
    Deposit { acct: u32, cents: i64 },
    Withdraw { acct: u32, cents: i64 },
    Transfer { from: u32, to: u32, cents: i64 },
}

#[derive(Debug, PartialEq, Eq)]
pub enum LedgerError {
    UnknownAccount(u32),
    Insufficient { acct: u32, balance: i64 },
    NonPositive,
}

#[derive(Debug, Default)]
pub struct Ledger {
    balances: HashMap<u32, i64>,
    overdraft: HashMap<u32, i64>,
    journal: Vec<Tx>,
}

impl Ledger {
    pub fn open(&mut self, acct: u32, overdraft_limit: i64) {
        self.balances.insert(acct, 0);
        self.overdraft.insert(acct, overdraft_limit);
    }

    pub fn balance(&self, acct: u32) -> Option<i64> {
        self.balances.get(&acct).copied()
    }

    pub fn journal(&self) -> &[Tx] {
        &self.journal
    }

    fn debit(&mut self, acct: u32, cents: i64) -> Result<(), LedgerError> {
        let limit = self.overdraft.get(&acct).copied().unwrap_or(0);
        let balance = self.balances.get_mut(&acct).ok_or(LedgerError::UnknownAccount(acct))?;
        if *balance - cents < -limit {
            return Err(LedgerError::Insufficient { acct, balance: *balance });
        }
        *balance -= cents;
        Ok(())
    }

    fn credit(&self, acct: u32, cents: i64) -> Result<(), LedgerError> {
        let balance = self.balances.get_mut(&acct).ok_or(LedgerError::UnknownAccount(acct))?;
        *balance += cents;
        Ok(())
    }

    /// Apply a transaction atomically and record it in the journal.
    pub fn apply(&mut self, tx: Tx) -> Result<(), LedgerError> {
        match tx {
            Tx::Deposit { cents, .. } | Tx::Withdraw { cents, .. } | Tx::Transfer { cents, .. } if cents <= 0 => {
                return Err(LedgerError::NonPositive)
            }
            Tx::Deposit { acct, cents } => self.credit(acct, cents)?,
            Tx::Withdraw { acct, cents } => self.debit(acct, cents)?,
            Tx::Transfer { from, to, cents } => {
                if !self.balances.contains_key(&to) {
                    return Err(LedgerError::UnknownAccount(to));
                }
                self.debit(from, cents)?;
                self.credit(to, cents)?;
            }
        }
        self.journal.push(tx);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger() -> Ledger {
        let mut l = Ledger::default();
        l.open(1, 0);
        l.open(2, 5_000);
        l
    }

    #[test]
    fn deposits_withdrawals_and_overdraft() {
        let mut l = ledger();
        l.apply(Tx::Deposit { acct: 1, cents: 10_000 }).unwrap();
        l.apply(Tx::Withdraw { acct: 2, cents: 4_000 }).unwrap();
        assert_eq!(l.balance(2), Some(-4_000));
        assert_eq!(
            l.apply(Tx::Withdraw { acct: 2, cents: 2_000 }),
            Err(LedgerError::Insufficient { acct: 2, balance: -4_000 })
        );
        assert_eq!(l.apply(Tx::Deposit { acct: 1, cents: 0 }), Err(LedgerError::NonPositive));
        assert_eq!(l.journal().len(), 2);
    }

    #[test]
    fn transfers_are_atomic() {
        let mut l = ledger();
        l.apply(Tx::Deposit { acct: 1, cents: 500 }).unwrap();
        assert_eq!(l.apply(Tx::Transfer { from: 1, to: 9, cents: 100 }), Err(LedgerError::UnknownAccount(9)));
        assert_eq!(l.balance(1), Some(500));
        l.apply(Tx::Transfer { from: 1, to: 2, cents: 300 }).unwrap();
        assert_eq!((l.balance(1), l.balance(2)), (Some(200), Some(300)));
    }
}
