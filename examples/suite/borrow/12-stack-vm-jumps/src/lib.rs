//! A toy stack machine with variables and labelled jumps.

pub mod ops;
pub mod vm;

pub use ops::{parse_program, Op};
pub use vm::Vm;
