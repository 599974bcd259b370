pub mod geo;
pub mod units;
