/// `value` limited to `lo..=hi`.
pub fn clamp_db(value: f32, lo: f32, hi: f32) -> f32 {
    if value < lo {
        lo
    } else if value > hi {
        hi
    } else {
        value
    }
}

/// Linear amplitude factor for a gain in dB.
pub fn db_to_amp(db: f32) -> f32 {
    10f32.powf(db / 20.0)
}
