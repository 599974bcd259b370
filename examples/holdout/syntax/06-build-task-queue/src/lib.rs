//! Scheduling build tasks by priority while respecting their dependencies.
pub mod queue;
pub mod task;

pub use queue::{schedule, ScheduleError};
pub use task::Task;
