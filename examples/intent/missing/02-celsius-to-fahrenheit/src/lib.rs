/// Temperatures in degrees Celsius.
pub fn freezing() -> f64 {
    0.0
}
