//! Pluggable blob storage backends.
pub mod log;
pub mod mem;
pub mod storage;

pub use log::AppendLog;
pub use mem::MemStorage;
pub use storage::{copy_all, prune, Storage};
