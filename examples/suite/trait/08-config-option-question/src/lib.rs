//! Loader for a tiny `key = value` service configuration format.

mod config;
mod error;

pub use config::{parse_config, Config};
pub use error::ConfigError;
