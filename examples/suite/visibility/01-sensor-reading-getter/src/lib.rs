//! Smooth noisy temperature readings and raise alerts.

pub mod sensor {
    #[derive(Debug, Clone, Copy)]
    pub struct Reading {
        celsius: f64,
        pub at_secs: u64,
    }

    impl Reading {
        /// Readings outside the physical range of the probe are rejected.
        pub fn new(celsius: f64, at_secs: u64) -> Option<Reading> {
            if (-40.0..=125.0).contains(&celsius) {
                Some(Reading { celsius, at_secs })
            } else {
                None
            }
        }

        pub fn celsius(&self) -> f64 {
            self.celsius
        }
    }
}

pub mod alerts {
    use crate::sensor::Reading;

    /// Exponential moving average over the readings (oldest first).
    pub fn smoothed(readings: &[Reading], alpha: f64) -> Option<f64> {
        let (first, rest) = readings.split_first()?;
        let mut avg = first.celsius();
        for r in rest {
            avg = alpha * r.celsius + (1.0 - alpha) * avg;
        }
        Some(avg)
    }

    /// Timestamps where the smoothed value first crosses above `limit`.
    pub fn crossings(readings: &[Reading], alpha: f64, limit: f64) -> Vec<u64> {
        let mut out = Vec::new();
        let mut above = false;
        for i in 1..=readings.len() {
            let avg = smoothed(&readings[..i], alpha).unwrap();
            if avg > limit && !above {
                out.push(readings[i - 1].at_secs);
            }
            above = avg > limit;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::alerts::*;
    use super::sensor::Reading;

    fn series(values: &[f64]) -> Vec<Reading> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, &v)| Reading::new(v, i as u64 * 10))
            .collect()
    }

    #[test]
    fn smoothing() {
        let s = series(&[20.0, 30.0, 30.0]);
        assert_eq!(smoothed(&s, 0.5), Some(27.5));
        assert_eq!(smoothed(&[], 0.5), None);
        assert_eq!(series(&[20.0, 900.0, 21.0]).len(), 2);
    }

    #[test]
    fn alerts_on_crossing() {
        let s = series(&[20.0, 40.0, 40.0, 10.0, 10.0, 50.0]);
        assert_eq!(crossings(&s, 0.5, 25.0), vec![10, 50]);
    }
}
