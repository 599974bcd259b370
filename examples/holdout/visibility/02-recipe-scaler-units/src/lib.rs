//! Scaling recipes and converting ingredient amounts to grams for a shopping list.
pub mod recipe;
pub mod units;

pub use recipe::{Ingredient, Recipe};
pub use units::Unit;
