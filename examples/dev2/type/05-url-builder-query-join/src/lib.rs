//! Build request URLs from a base, path segments and query parameters.

mod encode;
pub mod url;

pub use url::UrlBuilder;
