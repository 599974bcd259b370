//! Tiny CSV reader that normalises column names so lookups are forgiving.

pub mod header;
pub mod table;

pub use header::Header;
pub use table::Table;
