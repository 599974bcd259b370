//! A minimal account ledger with an audit history.

pub mod ledger {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Transaction {
        pub amount: i64,
        pub memo: String,
    }

    #[derive(Debug, Default)]
    pub struct Ledger {
        balance: i64,
        history: Vec<Transaction>,
        overdrafts: u32,
    }

    impl Ledger {
        pub fn balance(&self) -> i64 {
            self.balance
        }

        pub fn overdrafts(&self) -> u32 {
            self.overdrafts
        }

        pub fn apply(&mut self, tx: Transaction) {
            self.history.push(tx);
            self.balance += tx.amount;
            if self.balance < 0 && tx.amount < 0 {
                self.overdrafts += 1;
            }
        }

        pub fn last_memo(&self) -> Option<String> {
            let last = self.history.last()?;
            Some(last.memo)
        }

        pub fn memos_matching(&self, needle: &str) -> Vec<&str> {
            self.history
                .iter()
                .filter(|t| t.memo.contains(needle))
                .map(|t| t.memo.as_str())
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ledger::{Ledger, Transaction};

    fn tx(amount: i64, memo: &str) -> Transaction {
        Transaction { amount, memo: memo.to_string() }
    }

    #[test]
    fn tracks_balance_and_overdrafts() {
        let mut l = Ledger::default();
        l.apply(tx(100, "salary"));
        l.apply(tx(-150, "rent"));
        l.apply(tx(-10, "coffee"));
        l.apply(tx(70, "refund"));
        assert_eq!(l.balance(), 10);
        assert_eq!(l.overdrafts(), 2);
    }

    #[test]
    fn memo_queries() {
        let mut l = Ledger::default();
        assert_eq!(l.last_memo(), None);
        l.apply(tx(5, "gift card"));
        l.apply(tx(-3, "card fee"));
        assert_eq!(l.last_memo().as_deref(), Some("card fee"));
        assert_eq!(l.memos_matching("card"), vec!["gift card", "card fee"]);
    }
}
