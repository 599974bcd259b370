//! Savings projections with monthly compounding and deposits.
mod plan;
pub use plan::Plan;

/// Round to whole cents.
pub fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
