use std::collections::HashMap;

use crate::graph::Graph;

/// Shortest path (fewest edges) from `start` to `goal`, both ends included.
pub fn shortest_path(graph: &Graph, start: &str, goal: &str) -> Option<Vec<String>> {
    if !graph.contains(start) || !graph.contains(goal) {
        return None;
    }
    let mut parent: HashMap<&str, &str> = HashMap::new();
    let mut queue = VecDeque::new();
    queue.push_back(start);
    parent.insert(start, start);
    while let Some(node) = queue.pop_front() {
        if node == goal {
            let mut path = vec![goal.to_string()];
            let mut cur = goal;
            while cur != start {
                cur = parent[cur];
                path.push(cur.to_string());
            }
            path.reverse();
            return Some(path);
        }
        for next in graph.neighbours(node) {
            if !parent.contains_key(next.as_str()) {
                parent.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// Number of nodes reachable from `start`, including itself.
pub fn reachable(graph: &Graph, start: &str) -> usize {
    let mut seen = vec![start.to_string()];
    let mut i = 0;
    while i < seen.len() {
        for next in graph.neighbors(&seen[i]) {
            if !seen.contains(next) {
                seen.push(next.clone());
            }
        }
        i += 1;
    }
    seen.len()
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
    fn finds_shortest_route() {
        let g = sample();
        assert_eq!(shortest_path(&g, "a", "d").unwrap(), vec!["a", "e", "d"]);
        assert_eq!(shortest_path(&g, "b", "b").unwrap(), vec!["b"]);
        assert_eq!(shortest_path(&g, "a", "y"), None);
    }

    #[test]
    fn counts_component() {
        let g = sample();
        assert_eq!(reachable(&g, "c"), 5);
        assert_eq!(reachable(&g, "y"), 2);
    }
}
