//! In-process publish/subscribe bus for UI events.

pub mod bus;
pub mod handler;

pub use bus::Bus;
pub use handler::{Event, Handler};
