//! Integer literal parsing for a toy 8-bit assembler: `42`, `-7`, `0x2A`, `0b1010`, `'A'`.

#[derive(Debug, PartialEq, Eq)]
pub enum LiteralError {
    Empty,
    BadDigits(String),
    OutOfRange(i64),
}

fn parse_radix(body: &str) -> Result<i64, LiteralError> {
    let (digits, radix) = if body.starts_with("0x") {
        (&body[2..], 16)
    } else if body.starts_with("0b") {
        (&body[2..], 2)
    } else {
        (body, 10)
    };
    let cleaned = digits.replace('_', "");
    i64::from_str_radix(&cleaned, radix).map_err(|_| LiteralError::BadDigits(body.to_string()))
}

/// Parses a literal that must fit into one byte (signed or unsigned).
pub fn parse_byte(text: &str) -> Result<u8, LiteralError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(LiteralError::Empty);
    }
    if let Some(ch) = text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        let mut chars = ch.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii() => Ok(c as u8),
            _ => Err(LiteralError::BadDigits(text.to_string())),
        };
    }
    let value = match text.strip_prefix('-') {
        Some(rest) => -parse_radix(rest)?,
        None => parse_radix(text)?,
    };
    match value {
        -128..=-1 => Ok(value as i8 as u8),
        0..=255 => Ok(value as u8),
        _ => Err(LiteralError::OutOfRange(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_radixes() {
        assert_eq!(parse_byte("42"), Ok(42));
        assert_eq!(parse_byte("0x2A"), Ok(42));
        assert_eq!(parse_byte("0b0010_1010"), Ok(42));
        assert_eq!(parse_byte("-1"), Ok(0xFF));
        assert_eq!(parse_byte("'A'"), Ok(65));
    }

    #[test]
    fn rejects_bad_literals() {
        assert_eq!(parse_byte("256"), Err(LiteralError::OutOfRange(256)));
        assert_eq!(parse_byte("-0x81"), Err(LiteralError::OutOfRange(-129)));
        assert_eq!(parse_byte("0xZZ"), Err(LiteralError::BadDigits("0xZZ".into())));
        assert_eq!(parse_byte("  "), Err(LiteralError::Empty));
        assert!(parse_byte("'ab'").is_err());
    }
}
