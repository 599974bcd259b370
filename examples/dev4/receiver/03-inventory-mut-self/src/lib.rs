pub mod inventory;
pub mod shop;
