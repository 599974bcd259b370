//! Undirected graph over string node names with BFS distances and DFS components.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Default)]
pub struct Graph {
    adj: HashMap<String, Vec<String>>,
}

impl Graph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_edge(&mut self, a: &str, b: &str) {
        self.adj.entry(a.to_string()).or_default().push(b.to_string());
        self.adj.entry(b.to_string()).or_default().push(a.to_string());
    }

    /// Number of edges on a shortest path from `start` to `goal`.
    pub fn distance(&self, start: &str, goal: &str) -> Option<usize> {
        let mut seen = HashSet::new();
        let mut queue = VecDeque::new();
        seen.insert(start);
        queue.push_back((start, 0);
        while let Some((node, dist)) = queue.pop_front() {
            if node == goal {
                return Some(dist);
            }
            for next in self.adj.get(node).into_iter().flatten() {
                if seen.insert(next.as_str()) {
                    queue.push_back((next.as_str(), dist + 1));
                }
            }
        }
        None
    }

    /// Number of nodes reachable from `start`, including itself.
    pub fn component_size(&self, start: &str) -> usize {
        let mut seen = HashSet::from([start]);
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for next in self.adj.get(node).into_iter().flatten() {
                if seen.insert(next.as_str()) {
                    stack.push(next.as_str());
                }
            }
        }
        seen.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Graph {
        let mut g = Graph::new();
        for (a, b) in [("a", "b"), ("b", "c"), ("c", "d"), ("a", "e"), ("e", "d"), ("x", "y")] {
            g.add_edge(a, b);
        }
        g
    }

    #[test]
    fn shortest_distances() {
        let g = sample();
        assert_eq!(g.distance("a", "d"), Some(2));
        assert_eq!(g.distance("b", "e"), Some(2));
        assert_eq!(g.distance("c", "c"), Some(0));
        assert_eq!(g.distance("a", "y"), None);
    }

    #[test]
    fn components() {
        let g = sample();
        assert_eq!(g.component_size("c"), 5);
        assert_eq!(g.component_size("y"), 2);
        assert_eq!(g.component_size("lonely"), 1);
    }
}
