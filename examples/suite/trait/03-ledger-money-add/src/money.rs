use std::fmt;
use std::ops::{Add, Neg, Sub};

/// An amount of money in cents. Negative values are debits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub i64);

impl Money {
    pub fn from_units(units: i64, cents: i64) -> Money {
        Money(units * 100 + cents)
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }
}

impl Add for Money {
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

impl Neg for Money {
    type Output = Money;

    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.abs();
        write!(f, "{}{}.{:02}", sign, abs / 100, abs % 100)
    }
}
