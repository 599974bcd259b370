//! version_check 0.9.4 (trimmed): rustc release dates.
mod date;
pub use date::Date;
