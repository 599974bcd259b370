pub mod text;
pub mod wrap;
