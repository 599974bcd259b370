/// The arithmetic mean of `values`; None when there are none.
pub fn average(values: &[f64]) -> Option<f64> {
    todo!()
}
