//! Single-buffer text editor core with unlimited undo.
pub mod editor;
pub mod stack;

pub use editor::{Edit, Editor};
pub use stack::UndoStack;
