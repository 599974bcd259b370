use std::collections::{BTreeMap, HashMap};

/// section name -> (key -> value); keys before any section go in "".
pub type Config = HashMap<String, BTreeMap<String, String>>;

pub fn parse_ini(src: &str) -> Result<Config, String> {
    let config: Config = HashMap::new();
    let mut section = String::new();
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
            config.entry(section.clone()).or_default();
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("line {}: expected key = value", i + 1))?;
        config
            .entry(section.clone())
            .or_default()
            .insert(key.trim().to_string(), value.trim().to_string());
    }
    Ok(config)
}
