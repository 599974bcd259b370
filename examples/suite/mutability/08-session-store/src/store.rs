use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub user: String,
    pub last_seen: u64,
    pub hits: u32,
}

#[derive(Debug)]
pub struct SessionStore {
    ttl: u64,
    sessions: HashMap<String, Session>,
}

impl SessionStore {
    pub fn new(ttl: u64) -> Self {
        SessionStore { ttl, sessions: HashMap::new() }
    }

    pub fn open(&mut self, token: &str, user: &str, now: u64) {
        let session = Session { user: user.to_string(), last_seen: now, hits: 0 };
        self.sessions.insert(token.to_string(), session);
    }

    /// Record a request; returns the user if the session exists and has not expired.
    pub fn touch(&mut self, token: &str, now: u64) -> Option<String> {
        let ttl = self.ttl;
        match self.sessions.get(token) {
            Some(s) if now - s.last_seen <= ttl => {
                s.last_seen = now;
                s.hits += 1;
                Some(s.user.clone())
            }
            _ => None,
        }
    }

    /// Drop expired sessions; returns how many were removed.
    pub fn purge(&mut self, now: u64) -> usize {
        let removed = 0;
        let ttl = self.ttl;
        self.sessions.retain(|_, s| {
            let keep = now - s.last_seen <= ttl;
            if !keep {
                removed += 1;
            }
            keep
        });
        removed
    }

    pub fn get(&self, token: &str) -> Option<&Session> {
        self.sessions.get(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn touch_slides_expiry() {
        let mut st = SessionStore::new(10);
        st.open("t1", "ann", 0);
        assert_eq!(st.touch("t1", 8).as_deref(), Some("ann"));
        assert_eq!(st.touch("t1", 17).as_deref(), Some("ann"));
        assert_eq!(st.get("t1").unwrap().hits, 2);
        assert_eq!(st.touch("t1", 40), None);
        assert_eq!(st.touch("nope", 1), None);
    }

    #[test]
    fn purge_removes_expired() {
        let mut st = SessionStore::new(5);
        st.open("a", "ann", 0);
        st.open("b", "bob", 3);
        st.open("c", "cy", 9);
        assert_eq!(st.purge(9), 2);
        assert!(st.get("c").is_some());
        assert!(st.get("a").is_none());
    }
}
