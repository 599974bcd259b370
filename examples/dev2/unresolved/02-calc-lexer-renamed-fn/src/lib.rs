//! Evaluate integer arithmetic expressions with `+ - * /` and parentheses.

pub mod lexer;
pub mod parser;

pub use lexer::{lex, Token};
pub use parser::eval;
