//! Layered application settings: command line over environment over config file.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Settings {
    layers: Vec<HashMap<String, String>>,
}

impl Settings {
    /// Add a layer that takes precedence over the ones added before it.
    pub fn push_layer(&mut self, pairs: &[(&str, &str)]) {
        let layer = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        self.layers.push(layer);
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.layers.iter().rev().find_map(|layer| layer.get(key)).map(String::as_str)
    }

    /// The value for `key`, or `default` when no layer sets it.
    pub fn get_or<'a, 'b>(&'a self, key: &str, default: &'b str) -> &'a str {
        self.get(key).unwrap_or(default)
    }

    pub fn get_bool(&self, key: &str) -> bool {
        matches!(self.get_or(key, "false"), "1" | "true" | "yes" | "on")
    }

    /// A comma-separated value split into trimmed, non-empty items.
    pub fn get_list(&self, key: &str) -> Vec<&str> {
        self.get_or(key, "").split(',').map(str::trim).filter(|s| !s.is_empty()).collect()
    }

    /// Every key set by any layer, sorted and without duplicates.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self.layers.iter().flat_map(|l| l.keys()).map(String::as_str).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}
