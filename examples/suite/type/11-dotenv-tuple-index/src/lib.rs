//! Parser for `.env` files with `${VAR}` expansion.

mod expand;
mod parse;

pub use expand::expand;
pub use parse::{parse_line, parse_env};
