pub mod entry;
pub mod summary;

pub use entry::{parse_entry, Entry};
pub use summary::{balance, largest};
