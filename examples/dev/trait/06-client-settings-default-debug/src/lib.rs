//! Settings for an HTTP client, with sensible defaults.

pub mod retry;
pub mod settings;
