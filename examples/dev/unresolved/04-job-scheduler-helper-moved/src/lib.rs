//! Picks which job to run next: highest priority first, then earliest deadline.

pub mod model;
pub mod priority;
pub mod scheduler;
