//! A bounded least-recently-used cache and a memoising resolver built on it.

pub mod cache;

use cache::LruCache;

/// Resolves host names through a slow lookup function, caching answers.
pub struct Resolver<F: Fn(&str) -> Option<[u8; 4]>> {
    lookup: F,
    cache: LruCache<String, Option<[u8; 4]>>,
    pub misses: usize,
}

impl<F: Fn(&str) -> Option<[u8; 4]>> Resolver<F> {
    pub fn new(lookup: F, capacity: usize) -> Self {
        Resolver { lookup, cache: LruCache::new(capacity), misses: 0 }
    }

    pub fn resolve(&mut self, host: &str) -> Option<[u8; 4]> {
        let key = host.to_ascii_lowercase();
        if let Some(hit) = self.cache.get(&key) {
            return hit;
        }
        self.misses += 1;
        let answer = (self.lookup)(&key);
        self.cache.put(key, answer);
        answer
    }
}
