//! Dispatch incoming webhook payloads to named handlers.
pub mod handlers;
pub mod registry;

pub use handlers::{Counter, Handler, Shout};
pub use registry::Registry;
