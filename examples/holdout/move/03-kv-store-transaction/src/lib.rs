//! In-memory key/value store with write-buffering transactions.
//! A transaction that is dropped without `commit` is counted as aborted.
pub mod store;
pub mod txn;

pub use store::Store;
pub use txn::Txn;
