pub mod point;
pub mod path;
