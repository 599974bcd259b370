use std::collections::HashMap;

use crate::error::ConfigError;

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub name: String,
    pub port: u16,
    pub workers: u32,
    pub debug: bool,
}

pub fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let mut values: HashMap<&str, &str> = HashMap::new();
    for (idx, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(ConfigError::BadLine(idx + 1))?;
        values.insert(key.trim(), value.trim());
    }

    let name = values.get("name").copied().unwrap_or("service");
    let port = values.get("port")?.parse()?;
    let workers = match values.get("workers") {
        Some(w) => w.parse()?,
        None => 4,
    };
    let debug = values.get("debug").is_some_and(|v| *v == "true" || *v == "1");

    Ok(Config { name, port, workers, debug })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_config() {
        let cfg = parse_config("# api\nname = api\nport = 8080\nworkers = 16 # busy\ndebug = 1\n").unwrap();
        assert_eq!(
            cfg,
            Config { name: "api".into(), port: 8080, workers: 16, debug: true }
        );
    }

    #[test]
    fn defaults_and_errors() {
        let cfg = parse_config("port=9000").unwrap();
        assert_eq!((cfg.name.as_str(), cfg.workers, cfg.debug), ("service", 4, false));
        assert_eq!(parse_config("name = x"), Err(ConfigError::Missing("port")));
        assert_eq!(parse_config("port = 1\nbogus"), Err(ConfigError::BadLine(2)));
        let err = parse_config("port = 99999").unwrap_err();
        assert!(err.to_string().starts_with("invalid number"));
    }
}
