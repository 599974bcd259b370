//! A string cache whose entries expire after a fixed number of ticks.
use std::collections::HashMap;

struct Entry {
    value: String,
    expires_at: u64,
}

pub struct TtlCache {
    ttl: u64,
    now: u64,
    entries: HashMap<String, Entry>,
}

impl TtlCache {
    pub fn new(ttl: u64) -> Self {
        TtlCache { ttl, now: 0, entries: HashMap::new() }
    }

    pub fn tick(&mut self, by: u64) {
        self.now += by;
        let now = self.now;
        self.entries.retain(|_, e| e.expires_at > now);
    }

    pub fn put(&mut self, key: &str, value: &str) {
        let entry = Entry { value: value.to_string(), expires_at: self.now + self.ttl };
        self.entries.insert(key.to_string(), entry);
    }

    fn live(&self, key: &str) -> Option<&Entry> {
        self.entries.get(key).filter(|e| e.expires_at > self.now)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.live(key).map(|e| e.value.as_str())
    }

    /// Ticks left before `key` expires.
    pub fn remaining(&self, key: &str) -> Option<u64> {
        if let Some(e) = self.live(key) {
            Some(e.expires_at - self.now)
        } else {
            None
        }
    }

    /// The cached value parsed as an integer.
    pub fn get_number(&self, key: &str) -> Option<i64> {
        let raw = match self.get(key) {
            Some(v) => v,
            None => return None,
        };
        raw.trim().parse().ok()
    }

    /// Refresh an entry's lifetime; returns false if it is missing or expired.
    pub fn touch(&mut self, key: &str) -> bool {
        let deadline = self.now + self.ttl;
        match self.entries.get_mut(key) {
            Some(e) if e.expires_at > self.now => {
                e.expires_at = deadline;
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_expire() {
        let mut c = TtlCache::new(10);
        c.put("a", "alpha");
        c.put("n", " 42 ");
        c.tick(4);
        c.put("b", "beta");
        assert_eq!(c.get_number("n"), Some(42));
        assert_eq!(c.get_number("b"), None);
        assert_eq!(c.get("a"), Some("alpha"));
        assert_eq!(c.remaining("a"), Some(6));
        assert_eq!(c.remaining("b"), Some(10));
        c.tick(6);
        assert_eq!(c.get("a"), None);
        assert_eq!(c.get("b"), Some("beta"));
        assert_eq!(c.get_number("n"), None);
        assert_eq!(c.remaining("zzz"), None);
    }

    #[test]
    fn touch_extends_lifetime() {
        let mut c = TtlCache::new(5);
        c.put("k", "v");
        c.tick(3);
        assert!(c.touch("k"));
        c.tick(4);
        assert_eq!(c.get("k"), Some("v"));
        c.tick(1);
        assert!(!c.touch("k"));
    }
}
