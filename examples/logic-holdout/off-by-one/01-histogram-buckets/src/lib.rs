//! Latency histograms with equal-width integer buckets.
mod histogram;
pub use histogram::Histogram;

/// Render a histogram as rows of `lo-hi: ###`.
pub fn render(h: &Histogram) -> Vec<String> {
    h.ranges()
        .into_iter()
        .zip(h.counts())
        .map(|((lo, hi), &c)| format!("{}-{}: {}", lo, hi, "#".repeat(c)))
        .collect()
}
