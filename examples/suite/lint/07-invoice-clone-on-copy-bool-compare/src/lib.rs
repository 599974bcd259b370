//! Invoice lines with discounts and tax, using integer cents.
use std::ops::{Add, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub i64);

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Mul<u32> for Money {
    type Output = Money;
    fn mul(self, qty: u32) -> Money {
        Money(self.0 * qty as i64)
    }
}

impl Money {
    /// Percentage of this amount, rounded half away from zero.
    pub fn percent(self, pct: u32) -> Money {
        let scaled = self.0 * pct as i64;
        Money((scaled + scaled.signum() * 50) / 100)
    }
}

pub struct Line {
    pub description: String,
    pub unit_price: Money,
    pub qty: u32,
    pub taxable: bool,
}

pub struct Invoice {
    pub lines: Vec<Line>,
    pub discount_pct: u32,
    pub tax_pct: u32,
}

impl Invoice {
    pub fn subtotal(&self) -> Money {
        self.lines.iter().fold(Money::default(), |acc, l| acc + l.unit_price * l.qty)
    }

    pub fn tax(&self) -> Money {
        let mut taxable = Money::default();
        for line in &self.lines {
            if line.taxable == false {
                continue;
            }
            let gross = line.unit_price.clone() * line.qty;
            taxable = taxable + gross - gross.percent(self.discount_pct);
        }
        taxable.percent(self.tax_pct)
    }

    pub fn total(&self) -> Money {
        let sub = self.subtotal();
        sub - sub.percent(self.discount_pct) + self.tax()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(description: &str, cents: i64, qty: u32, taxable: bool) -> Line {
        Line { description: description.into(), unit_price: Money(cents), qty, taxable }
    }

    #[test]
    fn totals_with_discount_and_tax() {
        let inv = Invoice {
            lines: vec![line("widget", 1_250, 4, true), line("service", 10_000, 1, false)],
            discount_pct: 10,
            tax_pct: 20,
        };
        assert_eq!(inv.subtotal(), Money(15_000));
        assert_eq!(inv.tax(), Money(900));
        assert_eq!(inv.total(), Money(14_400));
        assert_eq!(inv.lines[0].description, "widget");
    }

    #[test]
    fn percent_rounds_half_away_from_zero() {
        assert_eq!(Money(125).percent(10), Money(13));
        assert_eq!(Money(-125).percent(10), Money(-13));
        assert_eq!(Money(124).percent(10), Money(12));
    }
}
