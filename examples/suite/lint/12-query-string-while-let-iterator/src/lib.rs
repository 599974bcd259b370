//! URL query-string parsing (`?a=1&b=x%20y`).
mod decode;
mod query;

pub use decode::{percent_decode, DecodeError};
pub use query::Query;
