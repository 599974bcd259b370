//! A service configuration read from JSON: the benchmark crate with real dependencies.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Endpoint {
    pub host: String,
    pub port: u16,
    #[serde(default)]
    pub tls: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub name: String,
    pub endpoints: Vec<Endpoint>,
    #[serde(default = "default_retries")]
    pub retries: u32,
}

fn default_retries() -> u32 {
    3
}

pub fn parse(text: &str) -> Result<Config, serde_json::Error> {
    serde_json::from_str(text)
}

pub fn secure_endpoints(config: &Config) -> Vec<&Endpoint> {
    config.endpoints.iter().filter(|e| e.tls).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_defaults() {
        let config = parse(r#"{"name":"api","endpoints":[{"host":"a","port":443,"tls":true}]}"#)
            .unwrap();
        assert_eq!(config.retries, 3);
        assert_eq!(secure_endpoints(&config).len(), 1);
    }
}
