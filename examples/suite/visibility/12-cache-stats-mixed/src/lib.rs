//! Response cache for an API client, with hit-rate statistics.
pub mod cache;
pub mod stats;

pub use cache::ResponseCache;
pub use stats::{hit_ratio, hot_prefixes};
