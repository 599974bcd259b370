/// Degrees Celsius to Fahrenheit.
pub fn to_fahrenheit(celsius: f32) -> f64 {
    f64::from(celsius) * 9.0 / 5.0 + 32.0
}
