//! Parse the head of an HTTP/1.x response.

pub mod net {
    mod http {
        #[derive(Debug, PartialEq)]
        pub struct StatusLine {
            pub version: (u8, u8),
            pub code: u16,
            pub reason: String,
        }

        pub fn parse_status_line(line: &str) -> Option<StatusLine> {
            let mut parts = line.splitn(3, ' ');
            let version = parts.next()?.strip_prefix("HTTP/")?;
            let (major, minor) = version.split_once('.')?;
            let code: u16 = parts.next()?.parse().ok()?;
            if !(100..=599).contains(&code) {
                return None;
            }
            Some(StatusLine {
                version: (major.parse().ok()?, minor.parse().ok()?),
                code,
                reason: parts.next().unwrap_or("").to_string(),
            })
        }
    }

    pub mod headers {
        /// Parse `Name: value` lines until the first blank line. Header names
        /// are lower-cased; values are trimmed.
        pub fn parse_headers<'a, I>(lines: I) -> Vec<(String, String)>
        where
            I: Iterator<Item = &'a str>,
        {
            lines
                .take_while(|l| !l.is_empty())
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect()
        }
    }
}

use net::headers::parse_headers;
use net::http::{parse_status_line, StatusLine};

#[derive(Debug)]
pub struct ResponseHead {
    pub status: StatusLine,
    pub headers: Vec<(String, String)>,
}

impl ResponseHead {
    pub fn parse(raw: &str) -> Option<ResponseHead> {
        let mut lines = raw.split("\r\n");
        let status = parse_status_line(lines.next()?)?;
        Some(ResponseHead { status, headers: parse_headers(lines) })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_head() {
        let raw = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nX-Id:  7 \r\n\r\nbody";
        let head = ResponseHead::parse(raw).unwrap();
        assert_eq!(head.status.code, 404);
        assert_eq!(head.status.reason, "Not Found");
        assert_eq!(head.status.version, (1, 1));
        assert_eq!(head.header("content-type"), Some("text/html"));
        assert_eq!(head.header("X-ID"), Some("7"));
        assert_eq!(head.headers.len(), 2);
    }

    #[test]
    fn rejects_bad_status_lines() {
        assert!(ResponseHead::parse("HTTP/1.1 999 Weird").is_none());
        assert!(ResponseHead::parse("SPDY 200 OK").is_none());
        assert!(ResponseHead::parse("HTTP/1.0 200").is_some());
    }
}
