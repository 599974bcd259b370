use std::collections::{BTreeSet, HashMap};

/// A directed graph with weighted edges between named stops.
#[derive(Debug, Default)]
pub struct Graph {
    edges: Vec<(String, String, u64)>,
}

impl Graph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_edge(&mut self, from: &str, to: &str, minutes: u64) {
        self.edges.push((from.to_string(), to.to_string(), minutes));
    }

    fn stop_count(&self) -> usize {
        let stops: BTreeSet<&str> = self
            .edges
            .iter()
            .flat_map(|(a, b, _)| [a.as_str(), b.as_str()])
            .collect();
        stops.len()
    }

    /// Shortest travel time from `from` to every reachable stop (Bellman-Ford).
    pub fn shortest_from(&self, from: &str) -> HashMap<String, u64> {
        let mut dist: HashMap<String, u64> = HashMap::new();
        dist.insert(from.to_string(), 0);
        for _ in 0..self.stop_count() {
            let mut changed = false;
            for (a, b, w) in &self.edges {
                let Some(da) = dist.get(a) else {
                    continue;
                };
                let db = dist.entry(b.clone()).or_insert(u64::MAX);
                if da + w < *db {
                    *db = da + w;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        dist
    }
}
