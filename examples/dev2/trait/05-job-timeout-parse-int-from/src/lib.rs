//! Parse job timeouts written like `1h30m`, `45s` or `2d`.

use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationError {
    Empty,
    MissingUnit,
    UnknownUnit(char),
    BadNumber(ParseIntError),
}


impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DurationError::Empty => write!(f, "empty duration"),
            DurationError::MissingUnit => write!(f, "number without a unit"),
            DurationError::UnknownUnit(c) => write!(f, "unknown unit `{}`", c),
            DurationError::BadNumber(e) => write!(f, "bad number: {}", e),
        }
    }
}

fn unit_seconds(unit: char) -> Result<u64, DurationError> {
    match unit {
        's' => Ok(1),
        'm' => Ok(60),
        'h' => Ok(3_600),
        'd' => Ok(86_400),
        other => Err(DurationError::UnknownUnit(other)),
    }
}

/// Total seconds of a sequence of `<number><unit>` parts.
pub fn parse_duration(text: &str) -> Result<u64, DurationError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DurationError::Empty);
    }
    let mut total = 0u64;
    let mut digits = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let n: u64 = digits.parse()?;
        total += n * unit_seconds(c)?;
        digits.clear();
    }
    if !digits.is_empty() {
        return Err(DurationError::MissingUnit);
    }
    Ok(total)
}
