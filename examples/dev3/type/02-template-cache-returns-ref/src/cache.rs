use std::collections::HashMap;

use crate::key::cache_key;

#[derive(Default)]
pub struct TemplateCache {
    entries: HashMap<String, String>,
    hits: u32,
    misses: u32,
}

impl TemplateCache {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, name: &str, locale: &str, body: &str) {
        self.entries.insert(cache_key(name, locale), body.to_string());
    }

    /// The body for `locale`, falling back to `en`, or an empty string on a miss.
    pub fn render(&mut self, name: &str, locale: &str) -> String {
        let primary = cache_key(name, locale);
        let fallback = cache_key(name, "en");
        match self
            .entries
            .get(&primary)
            .or_else(|| self.entries.get(&fallback))
        {
            Some(body) => {
                self.hits += 1;
                body
            }
            None => {
                self.misses += 1;
                String::new()
            }
        }
    }

    pub fn stats(&self) -> (u32, u32) {
        (self.hits, self.misses)
    }
}
