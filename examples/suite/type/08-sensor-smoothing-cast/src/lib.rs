//! Smoothing and spike detection for raw ADC sensor readings.

/// Simple moving average over `window` readings; shorter prefixes are averaged as they are.
pub fn moving_average(readings: &[u32], window: usize) -> Vec<f64> {
    let window = window.max(1);
    let mut out = Vec::with_capacity(readings.len());
    let mut sum = 0.0;
    for (i, r) in readings.iter().enumerate() {
        sum += *r as f64;
        if i >= window {
            sum -= readings[i - window] as f64;
        }
        out.push(sum / (i + 1).min(window) as f64);
    }
    out
}

/// Exponential smoothing with factor `alpha` in (0, 1].
pub fn exponential(readings: &[u32], alpha: f64) -> Vec<f64> {
    let mut state: Option<f64> = None;
    readings
        .iter()
        .map(|r| {
            let x = r as f64;
            let next = match state {
                Some(prev) => alpha * x + (1.0 - alpha) * prev,
                None => x,
            };
            state = Some(next);
            next
        })
        .collect()
}

/// Indices of readings deviating more than `tolerance` from the moving average before them.
pub fn spikes(readings: &[u32], window: usize, tolerance: f64) -> Vec<usize> {
    let avg = moving_average(readings, window);
    (1..readings.len())
        .filter(|&i| (readings[i] as f64 - avg[i - 1]).abs() > tolerance)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages() {
        assert_eq!(moving_average(&[2, 4, 6, 8], 2), vec![2.0, 3.0, 5.0, 7.0]);
        assert_eq!(moving_average(&[], 3), Vec::<f64>::new());
        assert_eq!(exponential(&[10, 20, 20], 0.5), vec![10.0, 15.0, 17.5]);
    }

    #[test]
    fn finds_spikes() {
        let r = [100, 101, 99, 180, 100, 102];
        assert_eq!(spikes(&r, 3, 25.0), vec![3, 4]);
        assert!(spikes(&[5, 5, 5], 2, 0.5).is_empty());
    }
}
