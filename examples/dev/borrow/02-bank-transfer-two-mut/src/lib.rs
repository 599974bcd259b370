//! A toy bank: accounts with balances and a per-account history of movements.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransferError {
    NoSuchAccount(usize),
    SameAccount,
    Insufficient { available: u64, requested: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Account {
    pub owner: String,
    pub balance: u64,
    pub history: Vec<i64>,
}

#[derive(Debug, Default)]
pub struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    pub fn open(&mut self, owner: &str, deposit: u64) -> usize {
        let history = vec![deposit as i64];
        self.accounts.push(Account { owner: owner.to_string(), balance: deposit, history });
        self.accounts.len() - 1
    }

    pub fn account(&self, id: usize) -> Option<&Account> {
        self.accounts.get(id)
    }

    fn check(&self, id: usize) -> Result<(), TransferError> {
        if id < self.accounts.len() {
            Ok(())
        } else {
            Err(TransferError::NoSuchAccount(id))
        }
    }

    pub fn transfer(&mut self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        self.check(from)?;
        self.check(to)?;
        if from == to {
            return Err(TransferError::SameAccount);
        }
        let source = &mut self.accounts[from];
        let target = &mut self.accounts[to];
        if source.balance < amount {
            return Err(TransferError::Insufficient { available: source.balance, requested: amount });
        }
        source.balance -= amount;
        source.history.push(-(amount as i64));
        target.balance += amount;
        target.history.push(amount as i64);
        Ok(())
    }

    pub fn total(&self) -> u64 {
        self.accounts.iter().map(|a| a.balance).sum()
    }
}
