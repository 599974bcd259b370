//! Load and pretty-print INI-style configuration files.
pub mod format;
pub mod parse;

pub use format::pretty;
pub use parse::{parse_ini, Config};
