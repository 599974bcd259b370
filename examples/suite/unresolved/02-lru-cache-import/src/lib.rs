//! A small least-recently-used cache keyed by strings.
use std::collections::HashMap;

pub struct LruCache<V> {
    capacity: usize,
    map: HashMap<String, V>,
    order: VecDeque<String>,
}

impl<V: Clone> LruCache<V> {
    pub fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        LruCache {
            capacity,
            map: HashMap::new(),
            order: VecDeque::with_capacity(capacity),
        }
    }

    fn touch(&mut self, key: &str) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos).unwrap();
            self.order.push_back(k);
        }
    }

    pub fn get(&mut self, key: &str) -> Option<V> {
        let value = self.map.get(key).cloned();
        if value.is_some() {
            self.touch(key);
        }
        value
    }

    /// Insert a value, returning the evicted key if the cache was full.
    pub fn put(&mut self, key: &str, value: V) -> Option<String> {
        if self.map.insert(key.to_string(), value).is_some() {
            self.touch(key);
            return None;
        }
        self.order.push_back(key.to_string());
        if self.order.len() > self.capacity {
            let old = self.order.pop_front()?;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evicts_least_recently_used() {
        let mut c = LruCache::new(2);
        c.put("a", 1);
        c.put("b", 2);
        assert_eq!(c.get("a"), Some(1));
        assert_eq!(c.put("c", 3), Some("b".to_string()));
        assert_eq!(c.get("b"), None);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn overwrite_does_not_evict() {
        let mut c = LruCache::new(1);
        assert_eq!(c.put("k", "x"), None);
        assert_eq!(c.put("k", "y"), None);
        assert_eq!(c.get("k"), Some("y"));
    }
}
