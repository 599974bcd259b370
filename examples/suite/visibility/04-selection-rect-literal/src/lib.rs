//! Rubber-band selection for a canvas editor.
pub mod selection;
pub mod shapes;
