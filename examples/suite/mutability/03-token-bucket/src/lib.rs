//! A token-bucket rate limiter driven by an explicit clock (milliseconds).

#[derive(Debug)]
pub struct TokenBucket {
    capacity: u32,
    tokens: u32,
    refill_every_ms: u64,
    last_refill_ms: u64,
    rejected: u64,
}

impl TokenBucket {
    pub fn new(capacity: u32, refill_every_ms: u64, now_ms: u64) -> Self {
        assert!(refill_every_ms > 0, "refill interval must be positive");
        TokenBucket { capacity, tokens: capacity, refill_every_ms, last_refill_ms: now_ms, rejected: 0 }
    }

    fn refill(&mut self, now_ms: u64) {
        let elapsed = now_ms.saturating_sub(self.last_refill_ms);
        let new_tokens = elapsed / self.refill_every_ms;
        if new_tokens > 0 {
            let total = self.tokens as u64 + new_tokens;
            self.tokens = total.min(self.capacity as u64) as u32;
            self.last_refill_ms += new_tokens * self.refill_every_ms;
        }
    }

    /// Take `n` tokens at time `now_ms`; returns false (and counts a rejection) if not enough.
    pub fn try_acquire(&self, n: u32, now_ms: u64) -> bool {
        self.refill(now_ms);
        if self.tokens >= n {
            self.tokens -= n;
            true
        } else {
            self.rejected += 1;
            false
        }
    }

    pub fn available(&self) -> u32 {
        self.tokens
    }

    pub fn rejected(&self) -> u64 {
        self.rejected
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drains_and_rejects() {
        let mut b = TokenBucket::new(3, 100, 0);
        assert!(b.try_acquire(2, 0));
        assert!(b.try_acquire(1, 10));
        assert!(!b.try_acquire(1, 50));
        assert_eq!(b.rejected(), 1);
        assert_eq!(b.available(), 0);
    }

    #[test]
    fn refills_over_time_up_to_capacity() {
        let mut b = TokenBucket::new(2, 100, 0);
        assert!(b.try_acquire(2, 0));
        assert!(b.try_acquire(1, 150));
        assert_eq!(b.available(), 0);
        assert!(b.try_acquire(2, 10_000));
        assert_eq!(b.available(), 0);
        assert!(!b.try_acquire(1, 10_050));
    }
}
