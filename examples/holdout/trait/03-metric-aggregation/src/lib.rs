//! Roll up metric samples by an arbitrary key (host, endpoint, ...).
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Debug, Clone, PartialEq)]
pub struct Sample<K> {
    pub key: K,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub count: usize,
    pub sum: f64,
    pub min: f64,
    pub max: f64,
}

impl Stats {
    fn new(v: f64) -> Self {
        Stats { count: 1, sum: v, min: v, max: v }
    }

    fn add(&mut self, v: f64) {
        self.count += 1;
        self.sum += v;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }

    pub fn mean(&self) -> f64 {
        self.sum / self.count as f64
    }
}

pub fn aggregate<K: Eq + Clone>(samples: &[Sample<K>]) -> HashMap<K, Stats> {
    let mut out: HashMap<K, Stats> = HashMap::new();
    for s in samples {
        out.entry(s.key.clone())
            .and_modify(|st| st.add(s.value))
            .or_insert_with(|| Stats::new(s.value));
    }
    out
}

/// The `n` keys with the highest mean, ties broken by key.
pub fn top_by_mean<K: Eq + Hash + Clone + Ord>(samples: &[Sample<K>], n: usize) -> Vec<(K, f64)> {
    let mut rows: Vec<(K, f64)> = aggregate(samples).into_iter().map(|(k, s)| (k, s.mean())).collect();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.truncate(n);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s<K>(key: K, value: f64) -> Sample<K> {
        Sample { key, value }
    }

    #[test]
    fn aggregates_by_key() {
        let data = [s("web-1", 120.0), s("web-2", 80.0), s("web-1", 60.0), s("db", 5.0)];
        let agg = aggregate(&data);
        assert_eq!(agg["web-1"], Stats { count: 2, sum: 180.0, min: 60.0, max: 120.0 });
        assert_eq!(agg["db"].mean(), 5.0);
        assert_eq!(agg.len(), 3);
    }

    #[test]
    fn top_keys_with_tuple_keys() {
        let data = [s((2, "GET"), 10.0), s((1, "PUT"), 30.0), s((1, "GET"), 30.0), s((2, "GET"), 20.0)];
        assert_eq!(top_by_mean(&data, 2), vec![((1, "GET"), 30.0), ((1, "PUT"), 30.0)]);
        assert!(top_by_mean::<u8>(&[], 3).is_empty());
    }
}
