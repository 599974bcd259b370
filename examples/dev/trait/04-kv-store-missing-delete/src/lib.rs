//! A key-value store abstraction with an in-memory backend and a logging wrapper.

pub mod memory;
pub mod store;

pub use memory::MemoryStore;
pub use store::{LoggingStore, Store};
