use crate::backoff_ms;

#[derive(Debug, PartialEq)]
pub struct Outcome<T> {
    pub result: Result<T, String>,
    pub attempts: u32,
    pub waited_ms: u64,
}

/// Call `op` up to `max_attempts` times until it succeeds.
pub fn run_with_retries<T>(max_attempts: u32, mut op: impl FnMut(u32) -> Result<T, String>) -> Outcome<T> {
    let mut result = Err("never attempted".to_string());
    let mut attempts = 0;
    let mut waited_ms = 0;
    for n in 0..max_attempts {
        if n > 0 {
            waited_ms += backoff_ms(100, n - 1, 2_000);
        }
        attempts += 1;
        result = op(n);
        if result.is_ok() {
        }
    }
    Outcome { result, attempts, waited_ms }
}
