//! A fixed-capacity log that keeps the most recent entries.
mod ring;
pub use ring::RingLog;

/// The last `n` lines of `text`, oldest first.
pub fn tail(text: &str, n: usize) -> Vec<String> {
    let mut log = RingLog::new(n);
    for line in text.lines() {
        log.push(line.to_string());
    }
    log.snapshot()
}
