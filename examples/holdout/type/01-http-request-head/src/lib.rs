//! Minimal HTTP/1.1 request-head parser.
pub mod header;
pub mod request;

pub use header::{HeaderError, Headers};
pub use request::{Request, RequestError};
