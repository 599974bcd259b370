//! Hop counts and reachability in an undirected network of routers.

use std::collections::{HashMap, VecDeque};

#[derive(Debug, Default)]
pub struct Network {
    links: HashMap<usize, Vec<usize>>,
}

impl Network {
    pub fn from_links(pairs: &[(usize, usize)]) -> Self {
        let mut net = Network::default();
        for &(a, b) in pairs {
            net.links.entry(a).or_default().push(b);
            net.links.entry(b).or_default().push(a);
        }
        net
    }

    /// Breadth-first hop counts from `start` to every reachable router.
    pub fn hops_from(&self, start: usize) -> HashMap<usize, usize> {
        let mut dist = HashMap::new();
        let mut queue = VecDeque::new();
        dist.insert(start, 0);
        queue.push_back(start);
        while let Some(node) = queue.pop_front() {
            let d = dist[&node];
            for next in self.links.get(&node).into_iter().flatten() {
                if !dist.contains_key(next) {
                    dist.insert(next, d + 1);
                    queue.push_back(*next);
                }
            }
        }
        dist
    }

    /// Routers further than `max_hops` from `start` (or unreachable), sorted.
    pub fn out_of_reach(&self, start: usize, max_hops: usize) -> Vec<usize> {
        let dist = self.hops_from(start);
        let mut far: Vec<usize> = self
            .links
            .keys()
            .copied()
            .filter(|r| dist.get(r).is_none_or(|&d| d > max_hops))
            .collect();
        far.sort_unstable();
        far
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Network {
        Network::from_links(&[(1, 2), (2, 3), (3, 4), (1, 5), (5, 4), (7, 8)])
    }

    #[test]
    fn hop_counts() {
        let hops = sample().hops_from(1);
        assert_eq!(hops[&1], 0);
        assert_eq!(hops[&4], 2);
        assert_eq!(hops[&3], 2);
        assert_eq!(hops.get(&7), None);
        assert_eq!(hops.len(), 5);
    }

    #[test]
    fn reach_limit() {
        assert_eq!(sample().out_of_reach(1, 1), vec![3, 4, 7, 8]);
        assert_eq!(sample().out_of_reach(7, 5), vec![1, 2, 3, 4, 5]);
    }
}
