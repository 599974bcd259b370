//! A request pipeline made of middleware layers that may rewrite or reject requests.

pub mod layers;
pub mod pipeline;

pub use layers::{LowercasePath, RequireHeader, StripTrailingSlash};
pub use pipeline::{Middleware, Pipeline, Request};
