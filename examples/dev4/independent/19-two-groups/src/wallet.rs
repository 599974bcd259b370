use crate::money::{cents, Money};

#[derive(Default)]
pub struct Wallet {
    coins: Vec<Money>,
}

impl Wallet {
    pub fn put(&mut self, amount: Money) {
        self.coins.push(amount);
    }

    pub fn total(&self) -> u64 {
        self.coins.iter().map(|m| m.0).sum()
    }

    pub fn largest(&self) -> Option<u64> {
        self.coins.iter().map(|m| m.0).max()
    }
}

pub fn starter(base: u64) -> Wallet {
    let mut w = Wallet::default();
    w.deposit(cents(base));
    w.deposit(cents(base * 2));
    w
}
