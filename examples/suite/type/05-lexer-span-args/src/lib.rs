//! Lexer for a small expression language, tracking line numbers and columns.

pub mod lexer;
pub mod token;

pub use lexer::tokenize;
pub use token::{Kind, Span, Token};
