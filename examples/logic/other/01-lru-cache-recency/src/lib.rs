//! A small least-recently-used cache keyed by strings.
mod lru;
pub use lru::Lru;
