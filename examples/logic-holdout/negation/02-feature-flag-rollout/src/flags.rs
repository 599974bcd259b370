pub struct Flag {
    pub name: String,
    pub killed: bool,
    pub allow: Vec<u64>,
    pub percent: u8,
}

/// A stable bucket in 0..100 for a user and flag name (polynomial hash).
pub fn bucket(user: u64, name: &str) -> u8 {
    let mut h: u64 = 17;
    for b in name.bytes().chain(user.to_le_bytes()) {
        h = h.wrapping_mul(31).wrapping_add(b as u64);
        h ^= h >> 29;
    }
    (h % 100) as u8
}

impl Flag {
    pub fn new(name: &str, percent: u8) -> Self {
        Flag { name: name.to_string(), killed: false, allow: Vec::new(), percent }
    }

    /// Killed flags are off for everyone; allow-listed users always get the flag;
    /// everyone else gets it when their bucket is below the rollout percentage.
    pub fn enabled_for(&self, user: u64) -> bool {
        if !self.killed {
            return false;
        }
        self.allow.contains(&user) || bucket(user, &self.name) < self.percent
    }
}
