//! Converts simple CSV exports into aligned Markdown tables.
pub mod render;
pub mod table;

pub use render::to_markdown;
pub use table::Table;
