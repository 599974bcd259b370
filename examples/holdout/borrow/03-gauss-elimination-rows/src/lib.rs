//! Dense linear-system solver used by the circuit simulator.
pub mod matrix;
pub mod solve;

pub use matrix::Matrix;
pub use solve::solve;
