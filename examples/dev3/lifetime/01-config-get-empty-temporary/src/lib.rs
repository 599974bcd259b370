mod config;
mod parse;

pub use config::Config;
