//! Zero-copy `key = value` configuration documents with `[section]` headers.

pub mod document;
pub mod entry;

pub use document::Document;
pub use entry::Entry;
