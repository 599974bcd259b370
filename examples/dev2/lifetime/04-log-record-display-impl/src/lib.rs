//! Parse `[LEVEL] target: message` log lines without copying them, and re-render them
//! in a normalised, aligned form.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

impl Level {
    fn parse(text: &str) -> Option<Level> {
        match text.to_ascii_uppercase().as_str() {
            "DEBUG" => Some(Level::Debug),
            "INFO" => Some(Level::Info),
            "WARN" | "WARNING" => Some(Level::Warn),
            "ERROR" | "ERR" => Some(Level::Error),
            _ => None,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Level::Debug => "DEBUG",
            Level::Info => "INFO",
            Level::Warn => "WARN",
            Level::Error => "ERROR",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogRecord<'a> {
    pub level: Level,
    pub target: &'a str,
    pub message: &'a str,
}

pub fn parse_line(line: &str) -> Option<LogRecord<'_>> {
    let rest = line.trim().strip_prefix('[')?;
    let (level, rest) = rest.split_once(']')?;
    let (target, message) = rest.split_once(':')?;
    Some(LogRecord { level: Level::parse(level.trim())?, target: target.trim(), message: message.trim() })
}

impl fmt::Display for LogRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<5} {}: {}", self.level.label(), self.target, self.message)
    }
}

/// Re-render the records at or above `min` level, skipping unparsable lines.
pub fn filter_log(text: &str, min: Level) -> Vec<String> {
    text.lines().filter_map(parse_line).filter(|r| r.level >= min).map(|r| r.to_string()).collect()
}
