use crate::error::ConfigError;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Ini {
    sections: HashMap<String, HashMap<String, String>>,
}

impl Ini {
    pub fn get(&self, section: &str, key: &str) -> Option<&str> {
        self.sections.get(section)?.get(key).map(String::as_str)
    }

    fn require(&self, section: &str, key: &str) -> Result<&str, ConfigError> {
        self.get(section, key).ok_or_else(|| ConfigError::Missing(format!("{section}.{key}")))
    }
}

pub fn parse_ini(text: &str) -> Result<Ini, ConfigError> {
    let mut ini = Ini::default();
    let mut section = String::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split(['#', ';']).next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
            continue;
        }
        let (k, v) = line
            .split_once('=')
            .ok_or_else(|| ConfigError::Syntax { line: i + 1, msg: format!("expected key = value, got {line:?}") })?;
        ini.sections.entry(section.clone()).or_default().insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(ini)
}

#[derive(Debug, PartialEq, Eq)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub workers: u32,
    pub tls: bool,
}

impl ServerConfig {
    pub fn from_ini(ini: &Ini) -> Result<Self, ConfigError> {
        let host = ini.get("server", "host").unwrap_or("127.0.0.1").to_string();
        let port = ini.require("server", "port")?.parse()?;
        let workers = ini.get("server", "workers").map(str::parse).transpose()?.unwrap_or(4);
        let tls = ini.get("server", "tls").map(str::parse).transpose()?.unwrap_or(false);
        Ok(ServerConfig { host, port, workers, tls })
    }
}
