pub mod profile;
pub mod render;
