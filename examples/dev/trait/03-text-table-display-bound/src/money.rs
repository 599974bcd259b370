use std::fmt;

/// An amount of money in cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub i64);

impl fmt::Display for Money {
    /// `$12.05` / `-$0.40`; honours width and alignment flags.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        f.pad(&format!("{sign}${}.{:02}", abs / 100, abs % 100))
    }
}

/// Sum of each column; rows shorter than the first one count as zeros.
pub fn column_totals(rows: &[Vec<Money>]) -> Vec<Money> {
    let columns = rows.first().map_or(0, Vec::len);
    (0..columns)
        .map(|c| Money(rows.iter().filter_map(|r| r.get(c)).map(|m| m.0).sum()))
        .collect()
}
