//! Lexer for the formula language used in spreadsheet cells.
pub mod lexer;
pub mod token;

pub use lexer::{lex, LexError};
pub use token::{Kind, Lexeme};
