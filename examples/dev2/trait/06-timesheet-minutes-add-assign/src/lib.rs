//! Timesheet totals per project and tag.

pub mod minutes;
pub mod sheet;

pub use minutes::Minutes;
pub use sheet::{Entry, Timesheet};
