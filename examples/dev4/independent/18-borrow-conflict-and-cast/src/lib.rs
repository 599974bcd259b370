pub fn bump_all(values: &mut Vec<u32>) -> u32 {
    for v in values.iter_mut() {
        *v += values.len() as u32;
    }
    values.len() as u32
}

pub fn percent(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    part as f64 * 100.0 / whole
}
