//! Arithmetic expressions with variables: `2 * (width + margin)`.

pub mod parser;
pub mod scanner;

pub use parser::eval;
pub use scanner::{tokenize, Token};
