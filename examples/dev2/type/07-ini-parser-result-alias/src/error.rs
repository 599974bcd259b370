use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    BadHeader(usize),
    MissingEquals(usize),
    DuplicateKey(usize, String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::BadHeader(line) => write!(f, "line {}: malformed section header", line),
            ParseError::MissingEquals(line) => write!(f, "line {}: expected `key = value`", line),
            ParseError::DuplicateKey(line, key) => write!(f, "line {}: duplicate key `{}`", line, key),
        }
    }
}

pub type Result<T> = std::result::Result<T, ParseError>;
