pub mod cache;
pub mod order;
