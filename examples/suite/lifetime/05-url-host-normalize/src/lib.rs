//! Just enough URL handling for a link checker.

#[derive(Debug)]
pub struct Url {
    raw: String,
}

impl Url {
    pub fn parse(raw: &str) -> Result<Url, String> {
        let (scheme, rest) = raw.split_once("://").ok_or(format!("no scheme in {raw}"))?;
        if scheme.is_empty() || rest.is_empty() {
            return Err(format!("incomplete url {raw}"));
        }
        Ok(Url { raw: raw.trim().to_string() })
    }

    pub fn scheme(&self) -> &str {
        self.raw.split_once("://").map(|(s, _)| s).unwrap_or("")
    }

    fn authority(&self) -> &str {
        let rest = self.raw.split_once("://").map(|(_, r)| r).unwrap_or("");
        rest.split(['/', '?', '#']).next().unwrap_or("")
    }

    /// Host name without user info or port, lower-cased.
    pub fn host(&self) -> &str {
        let authority = self.authority();
        let host = authority.rsplit('@').next().unwrap_or(authority);
        let host = host.split(':').next().unwrap_or(host);
        &host.to_ascii_lowercase()
    }

    pub fn port(&self) -> Option<u16> {
        let explicit = self.authority().rsplit_once(':').and_then(|(_, p)| p.parse().ok());
        explicit.or(match self.scheme() {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        })
    }

    pub fn same_origin(&self, other: &Url) -> bool {
        self.scheme() == other.scheme() && self.host() == other.host() && self.port() == other.port()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_host_and_port() {
        let url = Url::parse("https://admin:pw@Docs.Example.COM:8443/guide?x=1").unwrap();
        assert_eq!(url.host(), "docs.example.com");
        assert_eq!(url.port(), Some(8443));
        let plain = Url::parse("http://example.com").unwrap();
        assert_eq!(plain.host(), "example.com");
        assert_eq!(plain.port(), Some(80));
    }

    #[test]
    fn compares_origins() {
        let a = Url::parse("https://EXAMPLE.com/a").unwrap();
        let b = Url::parse("https://example.com:443/b#top").unwrap();
        let c = Url::parse("http://example.com/a").unwrap();
        assert!(a.same_origin(&b));
        assert!(!a.same_origin(&c));
        assert!(Url::parse("example.com").is_err());
    }
}
