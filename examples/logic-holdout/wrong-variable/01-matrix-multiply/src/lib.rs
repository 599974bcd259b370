//! Dense row-major matrices of f64 for small linear-algebra jobs.
mod matrix;
pub use matrix::Matrix;
