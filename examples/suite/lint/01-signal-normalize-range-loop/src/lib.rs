//! Simple filters over sampled signals.

/// Mean of every full window of `window` consecutive samples.
pub fn moving_average(samples: &[f64], window: usize) -> Vec<f64> {
    if window == 0 || samples.len() < window {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(samples.len() - window + 1);
    let mut sum: f64 = samples[..window].iter().sum();
    out.push(sum / window as f64);
    for i in window..samples.len() {
        sum += samples[i] - samples[i - window];
        out.push(sum / window as f64);
    }
    out
}

/// Scale the signal in place so that its largest absolute value is 1.0.
pub fn normalize(samples: &mut [f64]) {
    let peak = samples.iter().fold(0.0_f64, |m, s| m.max(s.abs()));
    if peak == 0.0 {
        return;
    }
    for i in 0..samples.len() {
        samples[i] /= peak;
    }
}

/// Number of sign changes between consecutive samples (zeros are skipped).
pub fn zero_crossings(samples: &[f64]) -> usize {
    let signs: Vec<bool> = samples.iter().filter(|s| **s != 0.0).map(|s| *s > 0.0).collect();
    signs.windows(2).filter(|w| w[0] != w[1]).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averages_windows() {
        assert_eq!(moving_average(&[1.0, 2.0, 3.0, 4.0, 5.0], 2), vec![1.5, 2.5, 3.5, 4.5]);
        assert_eq!(moving_average(&[1.0, 2.0], 3), Vec::<f64>::new());
    }

    #[test]
    fn normalizes_by_peak() {
        let mut s = vec![2.0, -4.0, 1.0];
        normalize(&mut s);
        assert_eq!(s, vec![0.5, -1.0, 0.25]);
        let mut silent = vec![0.0, 0.0];
        normalize(&mut silent);
        assert_eq!(silent, vec![0.0, 0.0]);
    }

    #[test]
    fn counts_crossings() {
        assert_eq!(zero_crossings(&[1.0, -1.0, 0.0, -2.0, 3.0, 4.0]), 2);
    }
}
