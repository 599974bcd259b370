use std::collections::HashMap;

use crate::expense::Expense;

/// Sum of cents per category, ordered by category name.
pub fn totals_by_category(expenses: &[Expense]) -> BTreeMap<&str, u64> {
    let mut totals = BTreeMap::new();
    for e in expenses {
        *totals.entry(e.category.as_str()).or_insert(0) += e.cents;
    }
    totals
}

fn money(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

pub fn render(expenses: &[Expense]) -> String {
    let totals = totals_by_category(expenses);
    let mut out = String::new();
    for (category, cents) in &totals {
        out.push_str(&format!("{:<10}{:>10}\n", category, money(*cents)));
    }
    let grand: u64 = totals.values().sum();
    out.push_str(&format!("{:<10}{:>10}\n", "TOTAL", money(grand)));
    out
}
