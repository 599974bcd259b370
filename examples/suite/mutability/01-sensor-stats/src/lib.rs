//! Summary statistics for a window of sensor readings.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    pub count: usize,
}

/// Readings outside the sensor's physical range are ignored.
pub const VALID: std::ops::RangeInclusive<f64> = -40.0..=125.0;

pub fn summarize(readings: &[f64]) -> Option<Stats> {
    let valid: Vec<f64> = readings.iter().copied().filter(|r| VALID.contains(r)).collect();
    let first = *valid.first()?;
    let (min, mut max) = (first, first);
    let mut sum = 0.0;
    for &v in &valid {
        if v < min {
            min = v;
        }
        if v > max {
            max = v;
        }
        sum += v;
    }
    Some(Stats { min, max, mean: sum / valid.len() as f64, count: valid.len() })
}

/// Nearest-rank percentile (p in 0..=100) of the valid readings.
pub fn percentile(readings: &[f64], p: u8) -> Option<f64> {
    let mut valid: Vec<f64> = readings.iter().copied().filter(|r| VALID.contains(r)).collect();
    if valid.is_empty() || p > 100 {
        return None;
    }
    valid.sort_by(|a, b| a.total_cmp(b));
    let rank = ((p as f64 / 100.0) * valid.len() as f64).ceil() as usize;
    Some(valid[rank.saturating_sub(1)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarizes_valid_readings() {
        let s = summarize(&[21.5, 19.0, 500.0, 23.5, -80.0, 20.0]).unwrap();
        assert_eq!(s.min, 19.0);
        assert_eq!(s.max, 23.5);
        assert_eq!(s.count, 4);
        assert!((s.mean - 21.0).abs() < 1e-9);
        assert_eq!(summarize(&[999.0]), None);
    }

    #[test]
    fn percentiles() {
        let r = [15.0, 20.0, 35.0, 40.0, 50.0];
        assert_eq!(percentile(&r, 30), Some(20.0));
        assert_eq!(percentile(&r, 100), Some(50.0));
        assert_eq!(percentile(&r, 0), Some(15.0));
        assert_eq!(percentile(&[], 50), None);
    }
}
