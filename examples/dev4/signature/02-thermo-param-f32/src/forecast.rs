use crate::convert::to_fahrenheit;

pub struct Day {
    pub low: f64,
    pub high: f64,
}

impl Day {
    pub fn range_f(&self) -> (f64, f64) {
        (to_fahrenheit(self.low), to_fahrenheit(self.high))
    }
}

pub fn warmest_f(days: &[Day]) -> Option<f64> {
    let high = days.iter().map(|d| d.high).fold(f64::MIN, f64::max);
    if days.is_empty() { None } else { Some(to_fahrenheit(high)) }
}
