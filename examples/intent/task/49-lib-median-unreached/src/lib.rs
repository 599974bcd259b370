/// The sum of `values`.
pub fn total(values: &[f64]) -> f64 {
    values.iter().sum()
}

/// The median of `values` (any order); None when there are none. For an even count it is
/// the mean of the two middle values.
pub fn median(values: &[f64]) -> Option<f64> {
    let _ = values;
    todo!()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals() {
        assert_eq!(total(&[1.0, 2.5, 3.5]), 7.0);
    }
}
