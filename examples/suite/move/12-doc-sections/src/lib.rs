//! Split a lightweight markup document into sections and render it as HTML.
pub mod parse;
pub mod render;

pub use parse::{parse, Document, Section};
pub use render::page;
