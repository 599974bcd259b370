//! Minimal HTTP path router with `:param` segments.
pub mod links;
pub mod router;

pub use links::canonical_link;
pub use router::{Match, Router};
