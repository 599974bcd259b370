//! Per-student and per-class grade summaries.
pub mod report;
pub mod stats;
