pub mod stats;
pub mod report;
