//! Split shared expenses and work out who pays whom.

use std::collections::BTreeMap;

/// A signed amount of money in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Amount(pub i64);

pub struct Expense {
    pub payer: String,
    pub cents: i64,
    pub participants: Vec<String>,
}

/// Net balance per person: positive means they are owed money. Odd cents go to the
/// first participants.
pub fn balances(expenses: &[Expense]) -> BTreeMap<String, i64> {
    let mut balance = BTreeMap::new();
    for e in expenses {
        *balance.entry(e.payer.clone()).or_insert(0) += e.cents;
        let n = e.participants.len() as i64;
        for (i, person) in e.participants.iter().enumerate() {
            let share = e.cents / n + i64::from((i as i64) < e.cents % n);
            *balance.entry(person.clone()).or_insert(0) -= share;
        }
    }
    balance
}

pub fn summary(expenses: &[Expense]) -> Vec<String> {
    balances(expenses).into_iter().map(|(name, cents)| format!("{}: {}", name, Amount(cents))).collect()
}

/// Pair debtors with creditors in name order until everyone is even.
pub fn settle(expenses: &[Expense]) -> Vec<String> {
    let balance = balances(expenses);
    let mut debtors: Vec<(&String, i64)> = balance.iter().filter(|b| *b.1 < 0).map(|(n, c)| (n, -c)).collect();
    let mut creditors: Vec<(&String, i64)> = balance.iter().filter(|b| *b.1 > 0).map(|(n, c)| (n, *c)).collect();
    let (mut d, mut c) = (0, 0);
    let mut lines = Vec::new();
    while d < debtors.len() && c < creditors.len() {
        let pay = debtors[d].1.min(creditors[c].1);
        lines.push(format!("{} pays {} {}", debtors[d].0, creditors[c].0, Amount(pay)));
        debtors[d].1 -= pay;
        creditors[c].1 -= pay;
        if debtors[d].1 == 0 {
            d += 1;
        }
        if creditors[c].1 == 0 {
            c += 1;
        }
    }
    lines
}
