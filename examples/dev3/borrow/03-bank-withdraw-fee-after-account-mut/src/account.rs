#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: u32,
    pub owner: String,
    pub balance_cents: i64,
}

#[derive(Debug, PartialEq)]
pub enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: i64, available: i64 },
}

pub struct Bank {
    accounts: Vec<Account>,
    fee_cents: i64,
    fees_collected: i64,
}

impl Bank {
    pub fn new(fee_cents: i64) -> Self {
        Bank { accounts: Vec::new(), fee_cents, fees_collected: 0 }
    }

    pub fn open(&mut self, owner: &str, deposit_cents: i64) -> u32 {
        let id = self.accounts.len() as u32 + 1;
        self.accounts.push(Account { id, owner: owner.to_string(), balance_cents: deposit_cents });
        id
    }

    fn account_mut(&mut self, id: u32) -> Result<&mut Account, BankError> {
        self.accounts
            .iter_mut()
            .find(|a| a.id == id)
            .ok_or(BankError::NoSuchAccount(id))
    }

    /// Withdraws `amount` plus the flat fee; returns the new balance.
    pub fn withdraw(&mut self, id: u32, amount: i64) -> Result<i64, BankError> {
        let account = self.account_mut(id)?;
        let needed = amount + self.fee_cents;
        if account.balance_cents < needed {
            return Err(BankError::Insufficient { needed, available: account.balance_cents });
        }
        account.balance_cents -= needed;
        let balance = account.balance_cents;
        self.fees_collected += self.fee_cents;
        Ok(balance)
    }

    pub fn fees_collected(&self) -> i64 {
        self.fees_collected
    }
}
