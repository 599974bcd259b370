//! Unweighted route finding over a small station graph.
use std::collections::{HashMap, HashSet, VecDeque};

#[derive(Default)]
pub struct Network {
    links: HashMap<String, Vec<String>>,
}

impl Network {
    pub fn connect(&mut self, a: &str, b: &str) {
        self.links.entry(a.to_string()).or_default().push(b.to_string());
        self.links.entry(b.to_string()).or_default().push(a.to_string());
    }

    fn neighbours(&self, station: &str) -> &[String] {
        self.links.get(station).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Fewest-hops route from `from` to `to`, inclusive of both ends.
    pub fn route(&self, from: &str, to: &str) -> Option<Vec<String>> {
        let mut seen = HashSet::new();
        let mut queue = VecDeque::new();
        seen.insert(from.to_string());
        queue.push_back(vec![from.to_string()]);
        while let Some(path) = queue.pop_front() {
            let last = path.last().expect("paths are never empty");
            if last == to {
                return Some(path);
            }
            for next in self.neighbours(last) {
                if !seen.insert(next.clone()) {
                    continue;
                }
                let mut extended = path;
                extended.push(next.clone());
                queue.push_back(extended);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn network() -> Network {
        let mut n = Network::default();
        for (a, b) in [("A", "B"), ("B", "C"), ("C", "D"), ("A", "E"), ("E", "D"), ("F", "G")] {
            n.connect(a, b);
        }
        n
    }

    #[test]
    fn finds_shortest_route() {
        let n = network();
        assert_eq!(n.route("A", "D").unwrap(), vec!["A", "E", "D"]);
        assert_eq!(n.route("B", "E").unwrap(), vec!["B", "A", "E"]);
        assert_eq!(n.route("C", "C").unwrap(), vec!["C"]);
    }

    #[test]
    fn unreachable_is_none() {
        assert_eq!(network().route("A", "G"), None);
    }
}
