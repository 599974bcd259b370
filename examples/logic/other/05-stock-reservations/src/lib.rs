//! Warehouse stock with reservations for open orders.
mod stock;
pub use stock::{StockError, Warehouse};
