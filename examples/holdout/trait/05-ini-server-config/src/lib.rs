//! Load a server configuration from an INI file.
pub mod config;
pub mod error;

pub use config::{parse_ini, Ini, ServerConfig};
pub use error::ConfigError;
