use std::collections::{HashMap, VecDeque};

pub struct RateLimiter {
    limit: usize,
    window_ms: u64,
    hits: HashMap<String, VecDeque<u64>>,
}

impl RateLimiter {
    pub fn new(limit: usize, window_ms: u64) -> Self {
        RateLimiter { limit, window_ms, hits: HashMap::new() }
    }

    /// Requests by `key` in the window ending at `now` (a request `window_ms` old has expired).
    pub fn in_window(&mut self, key: &str, now: u64) -> usize {
        let window = self.window_ms;
        let q = self.hits.entry(key.to_string()).or_default();
        while let Some(&t) = q.front() {
            if now - t <= window {
                break;
            }
            q.pop_front();
        }
        q.len()
    }

    /// Record a request at `now` if the key is under its limit.
    pub fn allow(&mut self, key: &str, now: u64) -> bool {
        if self.in_window(key, now) >= self.limit {
            return false;
        }
        self.hits.get_mut(key).unwrap().push_back(now);
        true
    }
}
