use std::collections::VecDeque;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Reject { retry_after_ms: u64 },
}

#[derive(Debug)]
pub struct RateLimiter {
    window_ms: u64,
    max_per_window: u32,
    burst: u32,
    hits: VecDeque<u64>,
}

impl RateLimiter {
    pub fn new(window_ms: u64, max_per_window: u32, burst: u32) -> Self {
        RateLimiter { window_ms, max_per_window, burst, hits: VecDeque::new() }
    }

    /// Requests accepted per window, burst included.
    pub fn capacity(&self) -> usize {
        self.max_per_window as usize + self.burst
    }

    fn evict(&mut self, now_ms: u64) {
        while let Some(&oldest) = self.hits.front() {
            if now_ms - oldest >= self.window_ms {
                self.hits.pop_front();
            } else {
                break;
            }
        }
    }

    pub fn remaining(&mut self, now_ms: u64) -> usize {
        self.evict(now_ms);
        self.capacity().saturating_sub(self.hits.len())
    }

    pub fn check(&mut self, now_ms: u64) -> Decision {
        self.evict(now_ms);
        if self.hits.len() < self.capacity() {
            self.hits.push_back(now_ms);
            return Decision::Allow;
        }
        let oldest = self.hits[0];
        Decision::Reject { retry_after_ms: oldest + self.window_ms - now_ms }
    }
}
