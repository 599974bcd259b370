use crate::unit::Unit;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    pub amount: f64,
    pub unit: Unit,
}

impl Quantity {
    /// Parse `250 g`, `1.5 l` or a bare count such as `3`.
    pub fn parse(text: &str) -> Option<Quantity> {
        let text = text.trim();
        let split = text.find(|c: char| c.is_alphabetic()).unwrap_or(text.len());
        let amount = text[..split].trim().parse().ok()?;
        Some(Quantity { amount, unit: Unit::parse(&text[split..])? })
    }

    /// Multiply, then switch to kg / l once the amount reaches 1000 g / ml.
    pub fn scale(self, factor: f64) -> Quantity {
        let (base, per) = self.unit.to_base();
        let amount = self.amount * per * factor;
        match base {
            Unit::Gram if amount >= 1000.0 => Quantity { amount: amount / 1000.0, unit: Unit::Kilogram },
            Unit::Millilitre if amount >= 1000.0 => Quantity { amount: amount / 1000.0, unit: Unit::Litre },
            _ => Quantity { amount, unit: base },
        }
    }

    pub fn render(&self) -> String {
        let rounded = (self.amount * 100.0).round() / 100.0;
        format!("{} {}", rounded, self.unit.symbol())
    }
}
