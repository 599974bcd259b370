pub mod shape;
pub mod draw;
