use std::collections::BTreeMap;

use crate::employee::Employee;

/// Yearly salary totals per team.
pub fn team_totals(staff: &[Employee]) -> BTreeMap<&str, u64> {
    let mut totals = BTreeMap::new();
    for e in staff {
        *totals.entry(e.team.as_str()).or_insert(0) += e.salary_cents;
    }
    totals
}

/// `name: monthly` lines, formatted as dollars.
pub fn monthly_slips(staff: &[Employee]) -> Vec<String> {
    staff
        .iter()
        .map(|e| {
            let cents = e.monthly_cents();
            format!("{}: ${}.{:02}", e.name, cents / 100, cents % 100)
        })
        .collect()
}
