/// A bank account.
pub struct Account {
    pub balance: u64,
}

impl Account {
    /// Takes `amount` out; refuses (Err with the balance) when it is more than the balance.
    pub fn withdraw(&mut self, amount: u64) -> Result<u64, u64> {
        todo!()
    }
}
