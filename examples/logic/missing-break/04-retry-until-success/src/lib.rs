//! Retrying fallible operations with exponential backoff (delays are only computed).
mod retry;
pub use retry::{run_with_retries, Outcome};

/// Backoff before attempt `n` (0-based): base * 2^n, capped.
pub fn backoff_ms(base: u64, n: u32, cap: u64) -> u64 {
    base.saturating_mul(1u64 << n.min(32)).min(cap)
}
