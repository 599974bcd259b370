pub mod shop;
pub mod stock;
