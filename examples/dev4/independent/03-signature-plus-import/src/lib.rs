pub mod names;
pub mod index;
