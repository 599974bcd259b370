pub trait Handler {
    fn name(&self) -> &str;
    fn handle(&mut self, payload: &str) -> Option<String>;
}

/// Upper-cases every payload.
pub struct Shout;

impl Handler for Shout {
    fn name(&self) -> &str {
        "shout"
    }

    fn handle(&mut self, payload: &str) -> Option<String> {
        Some(payload.to_uppercase())
    }
}

/// Counts payloads that start with a prefix, ignoring the rest.
pub struct Counter {
    prefix: String,
    seen: usize,
}

impl Counter {
    pub fn new(prefix: &str) -> Self {
        Counter { prefix: prefix.to_string(), seen: 0 }
    }
}

impl Handler for Counter {
    fn name(&self) -> &str {
        "counter"
    }

    fn handle(&mut self, payload: &str) -> Option<String> {
        if payload.starts_with(&self.prefix) {
            self.seen += 1;
            Some(format!("{} #{}", self.prefix, self.seen))
        } else {
            None
        }
    }
}
