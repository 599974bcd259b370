//! Warehouse stock levels and the restock report built from them.

pub mod inventory;
pub mod report;

pub use inventory::Inventory;
pub use report::{restock_lines, Reorder};
