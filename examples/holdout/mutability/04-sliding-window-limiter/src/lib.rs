//! Per-client sliding-window rate limiting (at most `limit` requests per `window` ms).
use std::collections::{HashMap, VecDeque};

pub struct Limiter {
    limit: usize,
    window: u64,
    clients: HashMap<String, VecDeque<u64>>,
}

impl Limiter {
    pub fn new(limit: usize, window: u64) -> Self {
        Limiter { limit, window, clients: HashMap::new() }
    }

    /// Record a request at `ts` (ms) and say whether it is allowed.
    pub fn check(&mut self, client: &str, ts: u64) -> bool {
        let recent = self.clients.entry(client.to_string()).or_default();
        while recent.front().is_some_and(|&t| t + self.window <= ts) {
            recent.pop_front();
        }
        if recent.len() < self.limit {
            recent.push_back(ts);
            true
        } else {
            false
        }
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Replay {
    pub allowed: usize,
    pub denied: usize,
    pub first_denied: Option<u64>,
}

/// Replay an access log of `(client, timestamp)` pairs through a fresh limiter.
pub fn replay(log: &[(&str, u64)], limit: usize, window: u64) -> Replay {
    let mut limiter = Limiter::new(limit, window);
    let mut summary = Replay::default();
    let tally = |ts: u64, ok: bool| {
        if ok {
            summary.allowed += 1;
        } else {
            summary.denied += 1;
            summary.first_denied.get_or_insert(ts);
        }
    };
    for &(client, ts) in log {
        let ok = limiter.check(client, ts);
        tally(ts, ok);
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_slides() {
        let mut l = Limiter::new(2, 1000);
        assert!(l.check("a", 0));
        assert!(l.check("a", 500));
        assert!(!l.check("a", 900));
        assert!(l.check("b", 900));
        assert!(l.check("a", 1000));
    }

    #[test]
    fn replay_counts() {
        let log = [("a", 0), ("a", 10), ("a", 20), ("b", 20), ("a", 30), ("a", 1015)];
        assert_eq!(replay(&log, 2, 1000), Replay { allowed: 4, denied: 2, first_denied: Some(20) });
        assert_eq!(replay(&[], 1, 10), Replay::default());
    }
}
