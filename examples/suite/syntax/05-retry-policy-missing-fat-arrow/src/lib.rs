//! Decide what an HTTP client should do after each response.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Done,
    Retry { after_ms: u64 },
    Fail,
}

pub struct RetryPolicy {
    pub max_attempts: u32,
    pub base_delay_ms: u64,
}

impl RetryPolicy {
    /// `attempt` counts from 0 for the first request.
    pub fn decide(&self, status: u16, attempt: u32) -> Action {
        let can_retry = attempt + 1 < self.max_attempts;
        match status {
            200..=299 => Action::Done,
            429 | 503 if can_retry Action::Retry { after_ms: self.backoff(attempt) },
            500..=599 if can_retry => Action::Retry { after_ms: self.base_delay_ms },
            _ => Action::Fail,
        }
    }

    /// Exponential backoff, capped so the shift never overflows.
    fn backoff(&self, attempt: u32) -> u64 {
        self.base_delay_ms.saturating_mul(1u64 << attempt.min(16))
    }
}

/// Total time spent waiting for a sequence of responses, or `None` if the request failed.
pub fn total_wait(policy: &RetryPolicy, statuses: &[u16]) -> Option<u64> {
    let mut waited = 0;
    for (attempt, &status) in statuses.iter().enumerate() {
        match policy.decide(status, attempt as u32) {
            Action::Done => return Some(waited),
            Action::Retry { after_ms } => waited += after_ms,
            Action::Fail => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: RetryPolicy = RetryPolicy { max_attempts: 4, base_delay_ms: 100 };

    #[test]
    fn classifies_statuses() {
        assert_eq!(POLICY.decide(204, 0), Action::Done);
        assert_eq!(POLICY.decide(429, 2), Action::Retry { after_ms: 400 });
        assert_eq!(POLICY.decide(500, 1), Action::Retry { after_ms: 100 });
        assert_eq!(POLICY.decide(503, 3), Action::Fail);
        assert_eq!(POLICY.decide(404, 0), Action::Fail);
    }

    #[test]
    fn sums_waits_until_success() {
        assert_eq!(total_wait(&POLICY, &[503, 429, 200]), Some(300));
        assert_eq!(total_wait(&POLICY, &[500, 500, 500, 500]), None);
        assert_eq!(total_wait(&POLICY, &[]), None);
    }
}
