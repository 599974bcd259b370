//! Builder for HTTP(S) URLs with query parameters.

#[derive(Debug, Clone)]
pub struct UrlBuilder {
    scheme: String,
    host: String,
    port: Option<u16>,
    path: Vec<String>,
    query: Vec<(String, String)>,
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{:02X}", b)),
        }
    }
    out
}

impl UrlBuilder {
    pub fn new(host: &str) -> Self {
        UrlBuilder {
            scheme: "https".to_string(),
            host: host,
            port: None,
            path: Vec::new(),
            query: Vec::new(),
        }
    }

    pub fn scheme(mut self, scheme: &str) -> Self {
        self.scheme = scheme.to_ascii_lowercase();
        self
    }

    pub fn port(mut self, port: u16) -> Self {
        self.port = Some(port);
        self
    }

    pub fn segment(mut self, seg: &str) -> Self {
        self.path.push(encode(seg));
        self
    }

    pub fn param(mut self, key: &str, value: &str) -> Self {
        self.query.push((key.to_string(), value.to_string()));
        self
    }

    fn default_port(&self) -> Option<u16> {
        match self.scheme {
            "http" => Some(80),
            "https" => Some(443),
            _ => None,
        }
    }

    pub fn build(&self) -> String {
        let mut url = format!("{}://{}", self.scheme, self.host);
        if let Some(p) = self.port {
            if Some(p) != self.default_port() {
                url.push_str(&format!(":{}", p));
            }
        }
        url.push('/');
        url.push_str(&self.path.join("/"));
        for (i, (k, v)) in self.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&format!("{}={}", encode(k), encode(v)));
        }
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_with_query() {
        let url = UrlBuilder::new("example.org")
            .segment("search")
            .param("q", "rust lang")
            .param("page", "2")
            .build();
        assert_eq!(url, "https://example.org/search?q=rust+lang&page=2");
    }

    #[test]
    fn default_ports_are_omitted() {
        let base = UrlBuilder::new("localhost").scheme("HTTP");
        assert_eq!(base.clone().port(80).build(), "http://localhost/");
        assert_eq!(base.port(8080).segment("a/b").build(), "http://localhost:8080/a%2Fb");
    }
}
