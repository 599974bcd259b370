use crate::header::{parse_header_line, HeaderError, Headers};

#[derive(Debug, PartialEq, Eq)]
pub enum RequestError {
    Empty,
    BadRequestLine(String),
    Header(HeaderError),
}

impl From<HeaderError> for RequestError {
    fn from(e: HeaderError) -> Self {
        RequestError::Header(e)
    }
}

#[derive(Debug)]
pub struct Request {
    pub method: String,
    pub target: String,
    pub version: String,
    pub headers: Headers,
}

impl Request {
    /// Parse the request line and headers, stopping at the first blank line.
    pub fn parse(head: &str) -> Result<Request, RequestError> {
        let mut lines = head.lines();
        let first = lines
            .next()
            .filter(|l| !l.trim().is_empty())
            .ok_or(RequestError::Empty)?;
        let parts: Vec<&str> = first.split_whitespace().collect();
        if parts.len() != 3 || !parts[2].starts_with("HTTP/") {
            return Err(RequestError::BadRequestLine(first.to_string()));
        }
        let mut headers = Headers::default();
        for (idx, line) in lines.enumerate() {
            if line.is_empty() {
                break;
            }
            // the request line is line 1, so the first header is line 2
            let (name, value) = parse_header_line(line)?;
            headers.insert(&name, &value);
        }
        Ok(Request {
            method: parts[0].to_string(),
            target: parts[1].to_string(),
            version: parts[2].to_string(),
            headers,
        })
    }
}
