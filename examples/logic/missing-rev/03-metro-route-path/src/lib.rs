//! A metro network: stations, lines between them, shortest routes by hops.
mod route;

use std::collections::HashMap;

#[derive(Default)]
pub struct Network {
    names: Vec<String>,
    index: HashMap<String, usize>,
    adj: Vec<Vec<usize>>,
}

impl Network {
    pub fn station(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.names.push(name.to_string());
        self.adj.push(Vec::new());
        self.index.insert(name.to_string(), self.names.len() - 1);
        self.names.len() - 1
    }

    pub fn connect(&mut self, a: &str, b: &str) {
        let (a, b) = (self.station(a), self.station(b));
        self.adj[a].push(b);
        self.adj[b].push(a);
    }

    /// Station names along a shortest route from `from` to `to`, both included.
    pub fn route(&self, from: &str, to: &str) -> Option<Vec<&str>> {
        let (&s, &t) = (self.index.get(from)?, self.index.get(to)?);
        let path = route::bfs_path(&self.adj, s, t)?;
        Some(path.into_iter().map(|i| self.names[i].as_str()).collect())
    }

    pub fn hops(&self, from: &str, to: &str) -> Option<usize> {
        self.route(from, to).map(|r| r.len() - 1)
    }
}
