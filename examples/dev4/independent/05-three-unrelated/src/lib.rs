pub mod geo;
pub mod text;
