//! In-memory session store with expiry.

pub mod ids {
    /// Opaque user identifier (newtype so it cannot be mixed up with counts).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct UserId(u64);

    /// Session tokens are derived from the user id and a per-store nonce.
    pub fn token_for(user: UserId, nonce: u64) -> String {
        format!("{:016x}", user.0.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ nonce)
    }
}

pub mod sessions {
    use std::collections::HashMap;

    use crate::ids::{token_for, UserId};

    pub struct SessionStore {
        ttl: u64,
        nonce: u64,
        live: HashMap<String, (UserId, u64)>,
    }

    impl SessionStore {
        pub fn new(ttl: u64) -> Self {
            SessionStore { ttl, nonce: 0, live: HashMap::new() }
        }

        /// Log a user in (by raw numeric id) at time `now`; returns the token.
        pub fn login(&mut self, raw_id: u64, now: u64) -> String {
            self.nonce += 1;
            let user = UserId(raw_id);
            let token = token_for(user, self.nonce);
            self.live.insert(token.clone(), (user, now + self.ttl));
            token
        }

        /// Resolve a token to the raw user id, if the session is still valid.
        pub fn lookup(&self, token: &str, now: u64) -> Option<u64> {
            let (user, expires) = self.live.get(token)?;
            (now < *expires).then_some(user.0)
        }

        /// Drop expired sessions, returning how many were removed.
        pub fn purge(&mut self, now: u64) -> usize {
            let before = self.live.len();
            self.live.retain(|_, (_, expires)| now < *expires);
            before - self.live.len()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sessions::SessionStore;

    #[test]
    fn sessions_expire() {
        let mut store = SessionStore::new(100);
        let a = store.login(7, 0);
        let b = store.login(7, 50);
        assert_ne!(a, b);
        assert_eq!(store.lookup(&a, 99), Some(7));
        assert_eq!(store.lookup(&a, 100), None);
        assert_eq!(store.lookup(&b, 120), Some(7));
        assert_eq!(store.purge(120), 1);
        assert_eq!(store.lookup("nope", 0), None);
    }
}
