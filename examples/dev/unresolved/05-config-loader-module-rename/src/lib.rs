//! Load `key = value` config files with `[section]` headers and `#` comments.

pub mod loader;
pub mod parser;

pub use loader::Config;
