//! Core of a line editor: a document plus snapshot-based undo/redo.

pub mod document;
pub mod editor;

pub use document::Document;
pub use editor::{Edit, Editor};
