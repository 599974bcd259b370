//! A tiny HTTP router: `:name` segments capture path parameters.

pub mod route;
pub mod router;

pub use route::{Method, Route};
pub use router::{api_router, Router};
