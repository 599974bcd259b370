use crate::retry::RetryPolicy;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    pub endpoint: String,
    pub timeout_ms: u64,
    pub retry: RetryPolicy,
}

impl Settings {
    pub fn describe(&self) -> String {
        format!("{} (timeout {}ms, {:?})", self.endpoint, self.timeout_ms, self.retry.backoff)
    }
}
