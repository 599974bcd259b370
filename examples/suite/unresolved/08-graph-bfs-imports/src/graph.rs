use std::collections::BTreeMap;

/// Undirected graph over string node names. Neighbours are kept sorted so
/// traversals are deterministic.
#[derive(Default)]
pub struct Graph {
    adj: BTreeMap<String, Vec<String>>,
}

impl Graph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_edge(&mut self, a: &str, b: &str) {
        for (from, to) in [(a, b), (b, a)] {
            let list = self.adj.entry(from.to_string()).or_default();
            if let Err(pos) = list.binary_search_by(|n| n.as_str().cmp(to)) {
                list.insert(pos, to.to_string());
            }
        }
    }

    pub fn neighbours(&self, node: &str) -> &[String] {
        self.adj.get(node).map(|v| v.as_slice()).unwrap_or(&[])
    }

    pub fn contains(&self, node: &str) -> bool {
        self.adj.contains_key(node)
    }
}
