mod lexer;
mod parser;

pub use parser::{Filter, Parser};
