//! A product catalog imported from `name;sku;price` lines.

pub mod import;
pub mod product;

pub use import::import;
pub use product::Product;
