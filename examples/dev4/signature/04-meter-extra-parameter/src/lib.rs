pub mod meter;
pub mod usage;
