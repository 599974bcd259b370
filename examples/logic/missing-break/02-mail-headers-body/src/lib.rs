//! Parsing of simple header/body messages (mail-style).
mod message;
pub use message::{parse_message, Message, ParseError};
