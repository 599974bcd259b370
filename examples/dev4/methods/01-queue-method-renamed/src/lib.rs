pub mod jobs;
pub mod queue;
