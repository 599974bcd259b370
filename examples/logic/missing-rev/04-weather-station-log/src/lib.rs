//! A weather station's daily temperature log (tenths of a degree Celsius).
pub mod station;
pub mod units;
pub use station::Station;
