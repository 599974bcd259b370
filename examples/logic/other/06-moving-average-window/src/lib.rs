//! Smoothing a series with a fixed-size moving average.
mod window;
pub use window::MovingAverage;

/// Smoothed series: the average after each sample.
pub fn smooth(samples: &[f64], size: usize) -> Vec<f64> {
    let mut ma = MovingAverage::new(size);
    samples.iter().map(|&x| ma.push(x)).collect()
}
