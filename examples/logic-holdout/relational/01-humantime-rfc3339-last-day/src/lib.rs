//! humantime 2.1.0 (trimmed): RFC 3339 timestamp parsing.
mod date;
pub use date::{parse_rfc3339, parse_rfc3339_weak, Error};
