//! Server configuration: a builder plus a `key = value` file loader.
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub workers: usize,
    pub timeout: Option<Duration>,
    pub tls: bool,
}

#[derive(Debug, Default)]
pub struct ServerConfigBuilder {
    host: Option<String>,
    port: Option<u16>,
    workers: Option<usize>,
    timeout_secs: Option<u64>,
    tls: bool,
}

impl ServerConfigBuilder {
    pub fn host(mut self, host: &str) -> Self {
        self.host = Some(host.to_string());
        self
    }

    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }

    pub fn workers(mut self, n: usize) -> Self {
        self.workers = Some(n);
        self
    }

    pub fn timeout_secs(mut self, secs: u64) -> Self {
        self.timeout_secs = Some(secs);
        self
    }

    pub fn tls(mut self, on: bool) -> Self {
        self.tls = on;
        self
    }

    pub fn build(self) -> Result<ServerConfig, String> {
        let port = self.port.unwrap_or(if self.tls { 443 } else { 80 });
        if port == 0 {
            return Err("port must be non-zero");
        }
        let workers = self.workers.unwrap_or(4);
        if workers == 0 {
            return Err("need at least one worker".to_string());
        }
        Ok(ServerConfig {
            host: self.host.unwrap_or_else(|| "127.0.0.1".to_string()),
            port
            workers,
            timeout: self.timeout_secs.map(Duration::from_secs),
            tls: self.tls,
        })
    }
}

pub fn parse_config(text: &str) -> Result<ServerConfig, String> {
    let mut b = ServerConfigBuilder::default();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line.split_once('=').ok_or_else(|| format!("bad line: {line}"))?;
        let (key, value) = (key.trim(), value.trim());
        b = match key {
            "host" => b.host(value),
            "port" => b.port(value.parse().map_err(|_| format!("bad port: {value}"))?),
            "workers" => b.workers(value.parse().map_err(|_| format!("bad workers: {value}"))?),
            "timeout" => b.timeout_secs(value.parse().map_err(|_| format!("bad timeout: {value}"))?),
            "tls" => b.tls(value == "true"),
            other => return Err(format!("unknown key: {other}")),
        };
    }
    b.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_depend_on_tls() {
        let c = ServerConfigBuilder::default().tls(true).build().unwrap();
        assert_eq!(c.port, 443);
        assert_eq!(c.workers, 4);
        assert_eq!(c.host, "127.0.0.1");
        assert_eq!(c.timeout, None);
        assert_eq!(ServerConfigBuilder::default().build().unwrap().port, 80);
    }

    #[test]
    fn parses_file_and_validates() {
        let c = parse_config("# api\nhost = 0.0.0.0\nport=8080\n\ntimeout = 30\nworkers = 8\n").unwrap();
        assert_eq!(c.host, "0.0.0.0");
        assert_eq!(c.port, 8080);
        assert_eq!(c.workers, 8);
        assert_eq!(c.timeout, Some(Duration::from_secs(30)));
        assert_eq!(parse_config("port = 0"), Err("port must be non-zero".to_string()));
        assert_eq!(parse_config("colour = red"), Err("unknown key: colour".to_string()));
    }
}
