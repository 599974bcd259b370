//! Gain stage of a small audio plug-in: decibel gain with hard clipping.

pub fn db_to_factor(db: f32) -> f32 {
    10f32.powf(db / 20.0)
}

/// Applies `gain_db` in place and returns how many samples had to be clipped.
pub fn apply_gain(samples: &mut [f32], gain_db: f32) -> usize {
    let factor = db_to_factor(gain_db);
    let mut clipped = 0;
    for i in 0..samples.len() {
        let v = samples[i] * factor;
        if v.abs() > 1.0 {
            clipped += 1;
        }
        samples[i] = v.clamp(-1.0, 1.0);
    }
    clipped
}

/// Peak level in dBFS, or None for silence.
pub fn peak_dbfs(samples: &[f32]) -> Option<f32> {
    let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    (peak > 0.0).then(|| 20.0 * peak.log10())
}

/// Linear fade from `from` to `to` (both factors) across the buffer.
pub fn fade(samples: &mut [f32], from: f32, to: f32) {
    let n = samples.len();
    if n < 2 {
        return;
    }
    for (i, s) in samples.iter_mut().enumerate() {
        let t = i as f32 / (n - 1) as f32;
        *s *= from + (to - from) * t;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gain_and_clipping() {
        let mut buf = [0.25, -0.5, 0.75, 0.0];
        let clipped = apply_gain(&mut buf, 20.0 * 2f32.log10());
        assert_eq!(clipped, 1);
        assert!((buf[0] - 0.5).abs() < 1e-6);
        assert!((buf[1] + 1.0).abs() < 1e-6);
        assert_eq!(buf[2], 1.0);
    }

    #[test]
    fn peak_and_fade() {
        assert_eq!(peak_dbfs(&[0.0, 0.0]), None);
        assert!((peak_dbfs(&[0.1, -1.0]).unwrap()).abs() < 1e-6);
        let mut buf = [1.0; 5];
        fade(&mut buf, 1.0, 0.0);
        assert_eq!(buf, [1.0, 0.75, 0.5, 0.25, 0.0]);
    }
}
