pub const RETRY_LIMIT: u32 = 3;
pub const BACKOFF_MS: u64 = 100;
