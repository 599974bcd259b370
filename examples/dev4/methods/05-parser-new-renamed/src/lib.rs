pub mod parser;
pub mod cli;
