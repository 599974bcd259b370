//! A sliding-window rate limiter per client key (timestamps in milliseconds).
mod limiter;
pub use limiter::RateLimiter;
