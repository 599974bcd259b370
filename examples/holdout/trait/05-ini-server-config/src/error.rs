use std::fmt;
use std::num::ParseIntError;
use std::str::ParseBoolError;

#[derive(Debug, PartialEq, Eq)]
pub enum ConfigError {
    Syntax { line: usize, msg: String },
    Missing(String),
    BadNumber(ParseIntError),
    BadBool(ParseBoolError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Syntax { line, msg } => write!(f, "line {line}: {msg}"),
            ConfigError::Missing(key) => write!(f, "missing key {key}"),
            ConfigError::BadNumber(e) => write!(f, "bad number: {e}"),
            ConfigError::BadBool(e) => write!(f, "bad boolean: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl From<ParseBoolError> for ConfigError {
    fn from(e: ParseBoolError) -> Self {
        ConfigError::BadBool(e)
    }
}
