/// Counts down from `from` to 1.
pub struct Countdown {
    pub from: u32,
}

impl Iterator for Countdown {
    type Item = u32;
}
