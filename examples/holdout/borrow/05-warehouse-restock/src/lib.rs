//! Warehouse stock keeping with automatic re-ordering.
pub mod inventory;
pub mod orders;
pub mod report;
