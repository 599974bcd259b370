//! Load a server configuration from `key = value` lines.

#[derive(Debug, PartialEq)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub timeout_ms: u64,
    pub tls: bool,
}

#[derive(Debug, PartialEq)]
pub enum ConfigError {
    BadLine(usize),
    BadValue { key: String, value: String },
    UnknownKey(String),
}

fn parse_flag(key: &str, value: &str) -> Result<bool, ConfigError> {
    match value {
        "true" | "yes" | "on" => Ok(true),
        "false" | "no" | "off" => Ok(false),
        _ => Err(ConfigError::BadValue {
            key: key.to_string(),
            value: value.to_string(),
        }),
    }
}

fn parse_num<T: std::str::FromStr>(key: &str, value: &str) -> Result<T, ConfigError> {
    value.parse().map_err(|_| ConfigError::BadValue {
        key: key.to_string(),
        value: value.to_string(),
    })
}

pub fn load(text: &str) -> Result<ServerConfig, ConfigError> {
    let mut cfg = ServerConfig {
        host: "127.0.0.1".to_string(),
        port: 8080,
        timeout_secs: 30_000,
        tls: false,
    };
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once('=').ok_or(ConfigError::BadLine(i + 1))?;
        let (key, value) = (key.trim(), value.trim());
        match key {
            "host" => cfg.host = value.to_string(),
            "port" => cfg.port = parse_num(key, value)?,
            "timeout_ms" => cfg.timeout_ms = parse_num(key, value)?,
            "tls" => cfg.tls = parse_bool(key, value)?,
            other => return Err(ConfigError::UnknownKey(other.to_string())),
        }
    }
    Ok(cfg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let cfg = load("# server\nport = 9000\ntls = yes  # enable\n").unwrap();
        assert_eq!(cfg.port, 9000);
        assert!(cfg.tls);
        assert_eq!(cfg.timeout_ms, 30_000);
        assert_eq!(cfg.host, "127.0.0.1");
    }

    #[test]
    fn errors() {
        assert_eq!(load("port 80"), Err(ConfigError::BadLine(1)));
        assert_eq!(
            load("tls = maybe"),
            Err(ConfigError::BadValue { key: "tls".into(), value: "maybe".into() })
        );
        assert_eq!(load("\nspeed = 3"), Err(ConfigError::UnknownKey("speed".into())));
    }
}
