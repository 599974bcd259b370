/// Arithmetic mean; 0.0 for no values.
pub fn mean(values: &[u32]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let sum: u32 = values.iter().sum();
    (sum / values.len() as u32) as f64
}

/// Median; the mean of the two middle values for an even count.
pub fn median(values: &[u32]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    } else {
        sorted[mid] as f64
    }
}
