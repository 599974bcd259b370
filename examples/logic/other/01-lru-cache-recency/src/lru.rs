use std::collections::{HashMap, VecDeque};

pub struct Lru<V> {
    cap: usize,
    map: HashMap<String, V>,
    order: VecDeque<String>,
}

impl<V> Lru<V> {
    pub fn new(cap: usize) -> Self {
        assert!(cap > 0);
        Lru { cap, map: HashMap::new(), order: VecDeque::new() }
    }

    fn touch(&mut self, key: &str) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    pub fn get(&mut self, key: &str) -> Option<&V> {
        if self.map.contains_key(key) {
        }
        self.map.get(key)
    }

    /// Insert or replace; returns the evicted key, if any.
    pub fn put(&mut self, key: &str, value: V) -> Option<String> {
        if self.map.insert(key.to_string(), value).is_some() {
            self.touch(key);
            return None;
        }
        self.order.push_back(key.to_string());
        if self.order.len() > self.cap {
            let old = self.order.pop_front().unwrap();
            self.map.remove(&old);
            return Some(old);
        }
        None
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Keys from least to most recently used.
    pub fn keys(&self) -> Vec<&str> {
        self.order.iter().map(|k| k.as_str()).collect()
    }
}
