//! version_check 0.9.4 (trimmed): rustc version numbers.
mod version;
pub use version::Version;
