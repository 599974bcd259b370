//! A tagged checklist.

pub mod checklist;
pub mod tags;

pub use checklist::{Checklist, Item};
