//! In-memory job queue with priorities, retries and a dead-letter list.

pub mod job;
pub mod queue;

pub use job::{Job, Outcome};
pub use queue::JobQueue;
