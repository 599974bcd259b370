use crate::limits;

pub fn attempts(failures: u32) -> u32 {
    failures.min(limits::MAX_RETRIES)
}

pub fn gave_up(failures: u32) -> bool {
    failures > limits::MAX_RETRIES
}

pub fn wait_ms(attempt: u32) -> u64 {
    if attempt >= limits::MAX_RETRIES { 0 } else { limits::BACKOFF_MS << attempt }
}
