//! The lifecycle of a shop order as a small state machine.

pub mod model;
pub mod transitions;

pub use model::{Event, Order, Status};
pub use transitions::apply;
