use crate::units;

pub fn freezing(t: units::Celsius) -> bool {
    t.0 <= 0.0
}

pub fn warmer(a: units::Celsius, b: units::Celsius) -> units::Celsius {
    if a.0 >= b.0 { a } else { b }
}
