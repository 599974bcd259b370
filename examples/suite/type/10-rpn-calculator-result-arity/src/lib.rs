//! Reverse Polish notation calculator with named variables.

pub mod error;
pub mod rpn;

pub use error::CalcError;
pub use rpn::Calculator;
