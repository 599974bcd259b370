use std::collections::HashMap;

#[derive(Debug, PartialEq, Eq)]
pub enum HeaderError {
    MissingColon { line: usize },
    EmptyName { line: usize },
}

/// Header map with case-insensitive names; repeated headers are joined with ", ".
#[derive(Debug, Default)]
pub struct Headers {
    map: HashMap<String, String>,
}

impl Headers {
    pub fn insert(&mut self, name: &str, value: &str) {
        let key = name.to_ascii_lowercase();
        self.map
            .entry(key)
            .and_modify(|v| {
                v.push_str(", ");
                v.push_str(value);
            })
            .or_insert_with(|| value.to_string());
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.map.get(&name.to_ascii_lowercase())
    }

    pub fn content_length(&self) -> Option<usize> {
        self.get("content-length")?.trim().parse().ok()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Parse one `Name: value` line; `line_no` is 1-based and only used for errors.
pub fn parse_header_line(line_no: usize, line: &str) -> Result<(String, String), HeaderError> {
    let (name, value) = line
        .split_once(':')
        .ok_or(HeaderError::MissingColon { line: line_no })?;
    let name = name.trim();
    if name.is_empty() {
        return Err(HeaderError::EmptyName { line: line_no });
    }
    Ok((name.to_string(), value.trim().to_string()))
}
