use std::collections::HashMap;

use crate::parse::pairs;

#[derive(Debug, Default)]
pub struct Config {
    values: HashMap<String, String>,
}

impl Config {
    pub fn parse(text: &str) -> Config {
        Config { values: pairs(text).into_iter().collect() }
    }

    /// The raw value for `key`, or `""` when it is not set.
    pub fn get(&self, key: &str) -> &str {
        self.values.get(key).unwrap_or(&String::new())
    }

    pub fn get_bool(&self, key: &str) -> bool {
        matches!(self.get(key), "1" | "true" | "yes" | "on")
    }

    pub fn get_u32(&self, key: &str, default: u32) -> u32 {
        self.get(key).parse().unwrap_or(default)
    }
}
