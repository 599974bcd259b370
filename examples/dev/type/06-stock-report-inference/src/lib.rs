//! Warehouse stock and the text reports built from it.

pub mod report;
pub mod stock;
