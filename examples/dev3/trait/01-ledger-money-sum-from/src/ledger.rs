use crate::money::Money;

#[derive(Debug, Default)]
pub struct Ledger {
    entries: Vec<(String, Money)>,
}

impl Ledger {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn record(&mut self, memo: &str, cents: i64) {
        self.entries.push((memo.to_string(), cents.into()));
    }

    pub fn balance(&self) -> Money {
        self.entries.iter().map(|(_, amount)| *amount).sum()
    }

    pub fn statement(&self) -> Vec<String> {
        self.entries
            .iter()
            .map(|(memo, amount)| format!("{:<10}{:>10}", memo, amount.to_string()))
            .collect()
    }
}
