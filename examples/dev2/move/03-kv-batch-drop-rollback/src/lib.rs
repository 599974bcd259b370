//! A key-value store with write batches that roll back unless committed.

pub mod batch;
pub mod store;

pub use batch::{Batch, Op};
pub use store::Store;
