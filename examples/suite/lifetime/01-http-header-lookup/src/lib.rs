//! Minimal parsing of an HTTP/1.1 request head.

#[derive(Debug, PartialEq)]
pub struct RequestLine<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub version: &'a str,
}

pub fn request_line(raw: &str) -> Option<RequestLine<'_>> {
    let first = raw.lines().next()?;
    let mut parts = first.split_whitespace();
    let line = RequestLine {
        method: parts.next()?,
        path: parts.next()?,
        version: parts.next()?,
    };
    parts.next().is_none().then_some(line)
}

/// Value of the first header called `name` (case-insensitive), trimmed.
pub fn header_value(raw: &str, name: &str) -> Option<&str> {
    raw.lines()
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .filter_map(|line| line.split_once(':'))
        .find(|(key, _)| key.trim().eq_ignore_ascii_case(name))
        .map(|(_, value)| value.trim())
}

pub fn content_length(raw: &str) -> Result<usize, String> {
    match header_value(raw, "Content-Length") {
        Some(v) => v.parse().map_err(|_| format!("bad content-length {v:?}")),
        None => Ok(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RAW: &str = "POST /upload HTTP/1.1\r\nHost: example.org\r\nContent-Type:  text/plain \r\nContent-Length: 12\r\n\r\nX-Not-A-Header: body\r\n";

    #[test]
    fn parses_request_line() {
        let line = request_line(RAW).unwrap();
        assert_eq!(line.method, "POST");
        assert_eq!(line.path, "/upload");
        assert_eq!(request_line("GET / HTTP/1.1 extra"), None);
    }

    #[test]
    fn finds_headers_case_insensitively() {
        let wanted = String::from("content-type");
        let value = header_value(RAW, &wanted.to_uppercase());
        assert_eq!(value, Some("text/plain"));
        assert_eq!(header_value(RAW, "x-not-a-header"), None);
        assert_eq!(content_length(RAW), Ok(12));
        assert!(content_length("GET / HTTP/1.1\r\nContent-Length: x\r\n").is_err());
    }
}
