//! Breadth-first search through ASCII mazes.
pub mod geom;
pub mod maze;
pub mod path;

pub use geom::Point;
pub use maze::Maze;
pub use path::shortest_path;
