pub mod budget;
pub mod plan;
