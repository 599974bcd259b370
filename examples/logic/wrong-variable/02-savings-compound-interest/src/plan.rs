use crate::cents;

pub struct Plan {
    pub principal: f64,
    pub annual_rate: f64,
    pub monthly_deposit: f64,
}

impl Plan {
    /// Balance at the end of each of `months` months: interest on the balance, then the deposit.
    pub fn balances(&self, months: u32) -> Vec<f64> {
        let rate = self.annual_rate / 12.0;
        let mut balance = self.principal;
        let mut out = Vec::with_capacity(months as usize);
        for _ in 0..months {
            balance += self.principal * rate;
            balance += self.monthly_deposit;
            out.push(cents(balance));
        }
        out
    }

    pub fn final_balance(&self, months: u32) -> f64 {
        self.balances(months).last().copied().unwrap_or(cents(self.principal))
    }

    pub fn total_deposited(&self, months: u32) -> f64 {
        cents(self.principal + self.monthly_deposit * months as f64)
    }

    pub fn interest_earned(&self, months: u32) -> f64 {
        cents(self.final_balance(months) - self.total_deposited(months))
    }
}
