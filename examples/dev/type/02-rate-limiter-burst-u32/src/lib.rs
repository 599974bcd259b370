//! A sliding-window rate limiter with a burst allowance.

pub mod limiter;

pub use limiter::{Decision, RateLimiter};
