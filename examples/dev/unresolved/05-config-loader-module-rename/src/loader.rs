use std::collections::BTreeMap;

use crate::parse::{parse_line, Line};

#[derive(Debug, Default, PartialEq)]
pub struct Config {
    values: BTreeMap<String, String>,
}

impl Config {
    /// Keys inside a section are stored as `section.key`.
    pub fn load(text: &str) -> Result<Config, String> {
        let mut config = Config::default();
        let mut section = String::new();
        for (n, raw) in text.lines().enumerate() {
            match parse_line(raw).map_err(|e| format!("line {}: {e}", n + 1))? {
                Line::Blank => {}
                Line::Section(name) => section = name,
                Line::Entry { key, value } => {
                    let full = if section.is_empty() { key } else { format!("{section}.{key}") };
                    config.values.insert(full, value);
                }
            }
        }
        Ok(config)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    pub fn get_or<T: std::str::FromStr>(&self, key: &str, default: T) -> T {
        self.get(key).and_then(|v| v.parse().ok()).unwrap_or(default)
    }
}
