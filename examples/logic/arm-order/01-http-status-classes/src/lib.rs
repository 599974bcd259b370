//! HTTP status handling for a small client: classes and retry policy.
pub mod status;

use status::{classify, Class};

/// Whether a request that got `code` should be retried, and after how many seconds.
pub fn retry_after(code: u16, attempt: u32) -> Option<u64> {
    match classify(code) {
        Class::RateLimited => Some(30),
        Class::ServerError if attempt < 3 => Some(1 << attempt),
        _ => None,
    }
}

pub fn describe(code: u16) -> String {
    format!("{} {:?}", code, classify(code))
}
