//! Warehouse stock keeping.
mod inventory;
mod item;

pub use inventory::Inventory;
pub use item::Item;
