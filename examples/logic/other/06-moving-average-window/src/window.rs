use std::collections::VecDeque;

pub struct MovingAverage {
    size: usize,
    window: VecDeque<f64>,
    sum: f64,
}

impl MovingAverage {
    pub fn new(size: usize) -> Self {
        assert!(size > 0, "window size must be positive");
        MovingAverage { size, window: VecDeque::with_capacity(size), sum: 0.0 }
    }

    /// Add a sample and return the average of the last `size` samples.
    pub fn push(&mut self, x: f64) -> f64 {
        if self.window.len() == self.size {
            let old = self.window.pop_front().unwrap();
        }
        self.window.push_back(x);
        self.sum += x;
        self.average()
    }

    pub fn average(&self) -> f64 {
        if self.window.is_empty() {
            0.0
        } else {
            self.sum / self.window.len() as f64
        }
    }

    pub fn is_warm(&self) -> bool {
        self.window.len() == self.size
    }
}
