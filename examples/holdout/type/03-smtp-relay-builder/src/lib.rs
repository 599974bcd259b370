//! SMTP relay settings assembled from optional user overrides.
use std::time::Duration;

const DEFAULT_TIMEOUT_SECS: u64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    Plain,
    StartTls,
    Tls,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relay {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub timeout: Duration,
}

#[derive(Debug, Default)]
pub struct RelayBuilder {
    host: Option<String>,
    port: Option<u16>,
    security: Option<Security>,
    timeout_secs: Option<u64>,
}

impl RelayBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn host(mut self, host: &str) -> Self {
        self.host = Some(host.trim().to_string());
        self
    }

    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }

    pub fn security(mut self, security: Security) -> Self {
        self.security = Some(security);
        self
    }

    pub fn timeout_secs(mut self, secs: u64) -> Self {
        self.timeout_secs = Some(secs);
        self
    }

    pub fn build(self) -> Result<Relay, String> {
        let host = self
            .host
            .filter(|h| !h.is_empty())
            .ok_or_else(|| "relay host is required".to_string())?;
        let security = self.security.unwrap_or(Security::StartTls);
        let port = self.port.unwrap_or(match security {
            Security::Plain => 25,
            Security::StartTls => 587,
            Security::Tls => 465,
        });
        Ok(Relay {
            host,
            port,
            security,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_security_mode() {
        let r = RelayBuilder::new().host(" mail.example.net ").build().unwrap();
        assert_eq!(r.host, "mail.example.net");
        assert_eq!(r.port, 587);
        assert_eq!(r.timeout, Duration::from_secs(30));
        let r = RelayBuilder::new().host("m").security(Security::Tls).build().unwrap();
        assert_eq!(r.port, 465);
    }

    #[test]
    fn overrides_win() {
        let r = RelayBuilder::new()
            .host("smtp.local")
            .port(2525)
            .security(Security::Plain)
            .timeout_secs(5)
            .build()
            .unwrap();
        assert_eq!(r.port, 2525);
        assert_eq!(r.security, Security::Plain);
        assert_eq!(r.timeout, Duration::from_secs(5));
        assert!(RelayBuilder::new().host("  ").build().is_err());
    }
}
