mod graph;

pub use graph::Graph;
