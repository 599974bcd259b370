pub mod report;
pub mod digest;
