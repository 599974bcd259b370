#[derive(Debug, Clone, PartialEq)]
pub struct Transaction {
    pub from: String,
    pub to: String,
    pub cents: u64,
}

#[derive(Debug, PartialEq)]
pub enum TxError {
    UnknownAccount(String),
    InsufficientFunds { needed: u64, available: u64 },
}

#[derive(Debug)]
pub struct Account {
    pub id: String,
    balance: u64,
}

impl Account {
    pub fn open(id: &str, initial: u64) -> Self {
        Account { id: id.to_string(), balance: initial }
    }

    pub fn balance(&self) -> u64 {
        self.balance
    }

    pub fn deposit(&mut self, cents: u64) {
        self.balance += cents;
    }

    pub fn withdraw(&mut self, cents: u64) -> Result<(), TxError> {
        if cents > self.balance {
            return Err(TxError::InsufficientFunds { needed: cents, available: self.balance });
        }
        self.balance -= cents;
        Ok(())
    }
}
