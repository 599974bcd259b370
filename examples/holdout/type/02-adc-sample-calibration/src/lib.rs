//! Converting raw samples from a 12-bit ADC into calibrated voltages.

pub const ADC_MAX: u16 = 4095;

#[derive(Debug, Clone, Copy)]
pub struct Calibration {
    /// Reference voltage that corresponds to a full-scale reading.
    pub vref: f64,
    /// Zero offset in raw counts, subtracted before scaling.
    pub offset: i16,
}

impl Calibration {
    pub fn to_volts(&self, raw: u16) -> f64 {
        let corrected = (raw as i32 - self.offset as i32).clamp(0, ADC_MAX as i32);
        corrected as f64 * self.vref / ADC_MAX as f64
    }
}

/// Mean raw value, ignoring saturated readings (== ADC_MAX). `None` if nothing is left.
pub fn mean_raw(samples: &[u16]) -> Option<f64> {
    let mut sum = 0.0;
    let mut n = 0usize;
    for s in samples.iter().filter(|s| **s < ADC_MAX) {
        sum += s as f64;
        n += 1;
    }
    if n == 0 {
        None
    } else {
        Some(sum / n as f64)
    }
}

/// Difference between the largest and smallest non-saturated sample, in volts.
pub fn peak_to_peak(cal: &Calibration, samples: &[u16]) -> Option<f64> {
    let valid = samples.iter().copied().filter(|&s| s < ADC_MAX);
    let (lo, hi) = valid.fold(None, |acc: Option<(u16, u16)>, s| match acc {
        None => Some((s, s)),
        Some((lo, hi)) => Some((lo.min(s), hi.max(s))),
    })?;
    Some(cal.to_volts(hi) - cal.to_volts(lo))
}

/// Average voltage of a burst of samples.
pub fn mean_volts(cal: &Calibration, samples: &[u16]) -> Option<f64> {
    let mean = mean_raw(samples)?;
    let corrected = (mean - cal.offset as f64).max(0.0);
    Some(corrected * cal.vref / ADC_MAX as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAL: Calibration = Calibration { vref: 3.3, offset: 5 };

    #[test]
    fn mean_skips_saturated_samples() {
        assert_eq!(mean_raw(&[100, 200, ADC_MAX, 300]), Some(200.0));
        assert_eq!(mean_raw(&[ADC_MAX, ADC_MAX]), None);
        assert_eq!(mean_raw(&[]), None);
    }

    #[test]
    fn converts_to_volts() {
        let v = mean_volts(&CAL, &[2052, 2052]).unwrap();
        assert!((v - 3.3 * 2047.0 / 4095.0).abs() < 1e-9);
        assert_eq!(CAL.to_volts(3), 0.0);
        let p = peak_to_peak(&CAL, &[5, ADC_MAX, 4094]).unwrap();
        assert!((p - 3.3 * 4089.0 / 4095.0).abs() < 1e-9);
    }
}
