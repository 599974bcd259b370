/// A progress value shown as a percentage.
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// Done over total as a percentage (0 when total is 0).
    pub fn percent(&self) -> i64 {
        if self.total == 0 {
            0
        } else {
            i64::from(self.done) * 100 / i64::from(self.total)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_into_range() {
        assert_eq!(clamp_percent(150), 100);
        assert_eq!(clamp_percent(-3), 0);
        assert_eq!(clamp_percent(42), 42);
        let p = Progress { done: 3, total: 2 };
        assert_eq!(clamp_percent(p.percent()), 100);
    }
}
