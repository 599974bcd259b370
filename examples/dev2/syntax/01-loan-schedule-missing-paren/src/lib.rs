//! Loan amortisation schedules for fixed-rate annuity loans.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    pub month: u32,
    pub interest: f64,
    pub principal: f64,
    pub balance: f64,
}

fn round_cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Fixed monthly payment for `amount` over `months` at `annual_rate` (0.06 = 6 %).
pub fn monthly_payment(amount: f64, annual_rate: f64, months: u32) -> f64 {
    let rate = annual_rate / 12.0;
    if rate == 0.0 {
        return round_cents(amount / f64::from(months));
    }
    round_cents(amount * rate / (1.0 - (1.0 + rate).powi(-(months as i32)))
}

/// One row per month; the last payment absorbs the rounding difference.
pub fn schedule(amount: f64, annual_rate: f64, months: u32) -> Vec<Row> {
    let payment = monthly_payment(amount, annual_rate, months);
    let mut balance = amount;
    let mut rows = Vec::new();
    for month in 1..=months {
        let interest = round_cents(balance * annual_rate / 12.0);
        let principal = if month == months { balance } else { round_cents(payment - interest) };
        balance = round_cents(balance - principal);
        rows.push(Row { month, interest, principal, balance });
    }
    rows
}

pub fn total_interest(rows: &[Row]) -> f64 {
    round_cents(rows.iter().map(|r| r.interest).sum())
}
