//! Turn-based skirmish simulation.
pub mod battle;
pub mod unit;

pub use battle::Battlefield;
pub use unit::Unit;
