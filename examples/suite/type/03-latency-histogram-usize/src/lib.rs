//! Fixed-width latency histogram with percentile estimates.

#[derive(Debug)]
pub struct Histogram {
    min_ms: u32,
    width_ms: u32,
    buckets: Vec<u64>,
    overflow: u64,
}

impl Histogram {
    pub fn new(min_ms: u32, width_ms: u32, buckets: usize) -> Self {
        Histogram { min_ms, width_ms: width_ms.max(1), buckets: vec![0; buckets], overflow: 0 }
    }

    fn bucket_of(&self, ms: u32) -> usize {
        ms.saturating_sub(self.min_ms) / self.width_ms
    }

    pub fn record(&mut self, ms: u32) {
        let idx = self.bucket_of(ms);
        match self.buckets.get_mut(idx) {
            Some(count) => *count += 1,
            None => self.overflow += 1,
        }
    }

    pub fn count(&self) -> u64 {
        self.buckets.iter().sum::<u64>() + self.overflow
    }

    /// Upper bound (exclusive) of the bucket containing the p-th percentile.
    pub fn percentile(&self, p: f64) -> Option<u32> {
        let total = self.count();
        if total == 0 {
            return None;
        }
        let rank = ((p / 100.0) * total as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, &n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return Some(self.min_ms + self.width_ms * (i as u32 + 1));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_into_buckets() {
        let mut h = Histogram::new(10, 5, 4);
        for ms in [3, 10, 14, 15, 27, 29, 100] {
            h.record(ms);
        }
        assert_eq!(h.buckets, vec![3, 1, 0, 2]);
        assert_eq!(h.overflow, 1);
        assert_eq!(h.count(), 7);
    }

    #[test]
    fn percentiles() {
        let mut h = Histogram::new(0, 10, 10);
        for ms in 0..100 {
            h.record(ms);
        }
        assert_eq!(h.percentile(50.0), Some(50));
        assert_eq!(h.percentile(99.0), Some(100));
        assert_eq!(Histogram::new(0, 1, 1).percentile(50.0), None);
    }
}
