/// The median of `values` (the mean of the two middle values for an even count);
/// None when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    values.get(values.len() / 2).copied()
}
