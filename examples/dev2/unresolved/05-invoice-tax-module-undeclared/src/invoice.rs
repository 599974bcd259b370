use crate::tax::{rate_bp, tax_cents, Region};

#[derive(Debug, Clone)]
pub struct Line {
    pub description: String,
    pub unit_cents: u64,
    pub quantity: u64,
    pub reduced_rate: bool,
}

#[derive(Debug, Clone)]
pub struct Invoice {
    pub region: Region,
    pub lines: Vec<Line>,
}

impl Invoice {
    pub fn net_cents(&self) -> u64 {
        self.lines.iter().map(|l| l.unit_cents * l.quantity).sum()
    }

    /// Tax is computed per line, then summed, as the tax office expects.
    pub fn tax_cents(&self) -> u64 {
        self.lines
            .iter()
            .map(|l| tax_cents(l.unit_cents * l.quantity, rate_bp(self.region, l.reduced_rate)))
            .sum()
    }

    pub fn gross_cents(&self) -> u64 {
        self.net_cents() + self.tax_cents()
    }
}
