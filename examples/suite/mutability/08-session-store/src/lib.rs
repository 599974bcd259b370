//! In-memory HTTP session store with sliding expiry.
pub mod store;

pub use store::{Session, SessionStore};
