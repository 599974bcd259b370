/// (smallest, largest) of a non-empty slice; None when it is empty.
pub fn min_max(values: &[i32]) -> Option<(i32, i32)> {
    let min = *values.iter().min()?;
    let max = *values.iter().max()?;
    Some((max, min))
}
