//! An in-memory session store with idle expiry.

use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user: String,
    pub last_seen: u64,
}

#[derive(Debug)]
pub struct Store {
    sessions: HashMap<String, Session>,
    ttl: u64,
    now: u64,
}

impl Store {
    fn is_live(&self, session: &Session) -> bool {
        self.now - session.last_seen < self.ttl
    }

    pub fn new(ttl: u64) -> Store {
        Store { sessions: HashMap::new(), ttl, now: 0 }
    }

    pub fn advance(&mut self, seconds: u64) {
        self.now += seconds;
    }

    pub fn login(&mut self, id: &str, user: &str) {
        let session = Session { user: user.to_string(), last_seen: self.now };
        self.sessions.insert(id.to_string(), session);
    }

    pub fn len(&self) -> usize {
        self.sessions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    /// Drop idle sessions; returns how many were removed.
    pub fn expire(&mut self) -> usize {
        let before = self.sessions.len();
        self.sessions.retain(|_, s| self.is_live(s));
        before - self.sessions.len()
    }

    /// The session's user, refreshing its idle timer; `None` if unknown or idle too long.
    pub fn touch(&mut self, id: &str) -> Option<String> {
        let session = self.sessions.get_mut(id)?;
        if !self.is_live(session) {
            return None;
        }
        session.last_seen = self.now;
        Some(session.user.clone())
    }
}
