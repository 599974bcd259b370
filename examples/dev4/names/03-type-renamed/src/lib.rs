pub mod units;
pub mod weather;
