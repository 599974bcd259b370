//! A small INI parser: `[section]` headers, `key = value` lines, `;` comments.

pub mod error;
pub mod parser;

pub use error::{ParseError, Result};
pub use parser::{parse, Ini};
