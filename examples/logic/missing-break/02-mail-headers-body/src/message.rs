#[derive(Debug, PartialEq)]
pub enum ParseError {
    BadHeader(String),
    Empty,
}

#[derive(Debug, PartialEq)]
pub struct Message {
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Message {
    /// First header with this name, case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Headers are `Name: value` lines up to the first empty line; the rest is the body.
pub fn parse_message(raw: &str) -> Result<Message, ParseError> {
    if raw.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let mut lines = raw.lines();
    let mut headers = Vec::new();
    while let Some(line) = lines.next() {
        if line.is_empty() {
        }
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| ParseError::BadHeader(line.to_string()))?;
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    let body = lines.collect::<Vec<_>>().join("\n");
    Ok(Message { headers, body })
}
