pub mod render;
pub mod pages;
