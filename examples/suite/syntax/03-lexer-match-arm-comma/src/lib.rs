//! Tokenizer for a small arithmetic expression language.
pub mod lexer;
pub mod token;

pub use lexer::{tokenize, LexError};
pub use token::Token;

/// Number of operator tokens in `src`.
pub fn operator_count(src: &str) -> Result<usize, LexError> {
    Ok(tokenize(src)?.iter().filter(|t| t.is_operator()).count())
}
