//! A small HTTP-style header map whose keys compare case-insensitively.

use std::collections::HashMap;

/// Header name that ignores ASCII case for equality and hashing,
/// but remembers the spelling it was first given.
#[derive(Debug, Clone)]
pub struct HeaderName(String);

impl HeaderName {
    pub fn new(name: &str) -> Self {
        HeaderName(name.trim().to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl PartialEq for HeaderName {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl Eq for HeaderName {}

impl Hash for HeaderName {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
    }
}

#[derive(Debug, Default)]
pub struct Headers {
    map: HashMap<HeaderName, Vec<String>>,
}

impl Headers {
    /// Parse `Name: value` lines; repeated names accumulate values.
    pub fn parse(raw: &str) -> Headers {
        let mut headers = Headers::default();
        for line in raw.lines() {
            if let Some((name, value)) = line.split_once(':') {
                headers.append(name, value.trim());
            }
        }
        headers
    }

    pub fn append(&mut self, name: &str, value: &str) {
        self.map
            .entry(HeaderName::new(name))
            .or_default()
            .push(value.to_string());
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.map
            .get(&HeaderName::new(name))
            .and_then(|v| v.first())
            .map(|s| s.as_str())
    }

    pub fn get_all(&self, name: &str) -> &[String] {
        self.map
            .get(&HeaderName::new(name))
            .map(|v| v.as_slice())
            .unwrap_or(&[])
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_ignores_case() {
        let h = Headers::parse("Content-Type: text/html\nX-Trace: 1\nx-trace: 2\n");
        assert_eq!(h.get("content-type"), Some("text/html"));
        assert_eq!(h.get_all("X-TRACE"), ["1".to_string(), "2".to_string()]);
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn missing_header() {
        let h = Headers::parse("Host: example.org");
        assert_eq!(h.get("accept"), None);
        assert!(h.get_all("accept").is_empty());
        assert_eq!(HeaderName::new(" Host ").as_str(), "Host");
    }
}
