//! Scale recipe quantities and print them in the largest sensible unit.

pub mod quantity;
pub mod unit;

pub use quantity::Quantity;
pub use unit::Unit;
