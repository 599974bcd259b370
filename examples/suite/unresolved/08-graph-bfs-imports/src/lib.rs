//! Undirected graph with breadth-first shortest paths.
pub mod graph;
pub mod search;

pub use graph::Graph;
pub use search::{reachable, shortest_path};
