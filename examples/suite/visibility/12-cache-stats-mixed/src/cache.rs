use std::collections::HashMap;

pub struct ResponseCache {
    entries: HashMap<String, (String, u64)>,
    ttl: u64,
    hits: u64,
    pub misses: u64,
}

impl ResponseCache {
    pub fn new(ttl: u64) -> Self {
        ResponseCache { entries: HashMap::new(), ttl, hits: 0, misses: 0 }
    }

    pub fn store(&mut self, url: &str, body: &str, now: u64) {
        self.entries.insert(url.to_string(), (body.to_string(), now + self.ttl));
    }

    /// Cached body for `url` if present and fresh; counts hits and misses.
    pub fn fetch(&mut self, url: &str, now: u64) -> Option<&str> {
        match self.entries.get(url) {
            Some((body, expires)) if now < *expires => {
                self.hits += 1;
                Some(body.as_str())
            }
            _ => {
                self.misses += 1;
                None
            }
        }
    }

    pub fn urls(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }
}
