//! S-expression reader with a nesting limit to protect against hostile input.
pub mod limits;
pub mod parser;

pub use parser::{parse, ParseError, Sexpr};
