pub struct Histogram {
    min: u64,
    max: u64,
    counts: Vec<usize>,
}

impl Histogram {
    /// `n` buckets covering `min..=max`.
    pub fn new(min: u64, max: u64, n: usize) -> Self {
        assert!(max >= min && n > 0);
        Histogram { min, max, counts: vec![0; n] }
    }

    fn bucket_of(&self, v: u64) -> usize {
        let n = self.counts.len() as u64;
        ((v - self.min) * n / (self.max - self.min)) as usize
    }

    /// Count a sample; values outside `min..=max` are clamped into the end buckets.
    pub fn add(&mut self, v: u64) {
        let b = self.bucket_of(v.clamp(self.min, self.max));
        self.counts[b] += 1;
    }

    pub fn counts(&self) -> &[usize] {
        &self.counts
    }

    /// Inclusive value range of each bucket.
    pub fn ranges(&self) -> Vec<(u64, u64)> {
        let n = self.counts.len() as u64;
        let span = self.max - self.min + 1;
        (0..n)
            .map(|i| (self.min + (i * span + n - 1) / n, self.min + ((i + 1) * span + n - 1) / n - 1))
            .collect()
    }
}
