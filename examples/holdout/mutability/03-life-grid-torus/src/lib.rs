//! Conway's Game of Life on a wrapping (toroidal) grid.
pub mod grid;
pub mod pattern;

pub use grid::Grid;
pub use pattern::{parse, render};
