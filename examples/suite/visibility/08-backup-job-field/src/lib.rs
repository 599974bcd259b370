//! Backup job definitions loaded from an INI-like file.
pub mod job;
pub mod loader;

pub use job::{BackupJob, Schedule};
pub use loader::{load_jobs, LoadError};
