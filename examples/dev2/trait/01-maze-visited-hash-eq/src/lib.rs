//! Shortest paths through a text maze.

pub mod maze;
pub mod pos;

pub use maze::Maze;
pub use pos::Pos;
