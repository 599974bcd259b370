//! Warehouse inventory: items, stock levels and reorder suggestions.
pub mod model;
pub mod stock;

pub use model::Item;
pub use stock::Stock;
