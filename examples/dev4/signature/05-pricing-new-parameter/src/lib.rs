pub mod price;
pub mod cart;
