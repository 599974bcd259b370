#[derive(Clone, PartialEq)]
pub enum Backoff {
    Fixed(u64),
    Exponential { base_ms: u64, max_ms: u64 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    pub backoff: Backoff,
}

impl RetryPolicy {
    pub fn new() -> Self {
        RetryPolicy { max_attempts: 3, backoff: Backoff::Exponential { base_ms: 100, max_ms: 2_000 } }
    }

    /// Delay before retry number `attempt` (1-based); `None` once attempts are used up.
    pub fn delay_ms(&self, attempt: u32) -> Option<u64> {
        if attempt == 0 || attempt >= self.max_attempts {
            return None;
        }
        Some(match self.backoff {
            Backoff::Fixed(ms) => ms,
            Backoff::Exponential { base_ms, max_ms } => (base_ms << (attempt - 1)).min(max_ms),
        })
    }
}
