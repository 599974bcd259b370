//! Parse `sku;description;quantity;unit_cents` order lines and total them.

use std::num::ParseIntError;

#[derive(Debug, PartialEq)]
pub enum LineError {
    FieldCount(usize),
    Number(ParseIntError),
}

impl From<ParseIntError> for LineError {
    fn from(e: ParseIntError) -> Self {
        LineError::Number(e)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrderLine {
    pub sku: String,
    pub description: String,
    pub quantity: u32,
    pub unit_cents: u64,
}

impl OrderLine {
    pub fn total_cents(&self) -> u64 {
        self.unit_cents * u64::from(self.quantity)
    }
}

pub fn parse_line(line: &str) -> Result<OrderLine, LineError> {
    let fields: Vec<&str> = line.split(';').map(str::trim).collect();
    if fields.len() != 4 {
        return Err(LineError::FieldCount(fields.len()));
    }
    Ok(OrderLine {
        sku: fields[0].to_uppercase(),
        description: fields[1].to_string(),
        quantity: fields[2].parse(),
        unit_cents: fields[3].parse()?,
    })
}

/// Parse every non-empty line; returns the lines and the order total.
pub fn parse_order(text: &str) -> Result<(Vec<OrderLine>, u64), LineError> {
    let lines = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse_line)
        .collect::<Result<Vec<_>, _>>()?;
    let total = lines.iter().map(OrderLine::total_cents).sum();
    Ok((lines, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_totals() {
        let (lines, total) = parse_order("ab-1; Widget; 3; 250\n\nzz-9;Gadget;1;1999\n").unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].sku, "AB-1");
        assert_eq!(lines[0].quantity, 3);
        assert_eq!(total, 3 * 250 + 1999);
    }

    #[test]
    fn reports_bad_lines() {
        assert_eq!(parse_line("a;b;c"), Err(LineError::FieldCount(3)));
        assert!(matches!(parse_line("a;b;-2;5"), Err(LineError::Number(_))));
        assert!(matches!(parse_order("a;b;1;x"), Err(LineError::Number(_))));
    }
}
