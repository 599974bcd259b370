//! The matching core of a tiny `grep`.

pub mod highlight;
pub mod search;

pub use highlight::{highlight, snippet};
pub use search::{find_all, Match};
