use std::collections::BTreeMap;

use crate::error::ParseError;

/// Sections in file order are not needed, so both levels are sorted maps.
pub type Ini = BTreeMap<String, BTreeMap<String, String>>;

fn parse_header(line: &str, number: usize) -> Result<String> {
    let name = line
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .ok_or(ParseError::BadHeader(number))?;
    Ok(name.to_string())
}

fn parse_pair(line: &str, number: usize) -> Result<(String, String)> {
    let (key, value) = line.split_once('=').ok_or(ParseError::MissingEquals(number))?;
    Ok((key.trim().to_string(), value.trim().to_string()))
}

/// Keys before the first header go into the section named `""`.
pub fn parse(text: &str) -> Result<Ini> {
    let mut ini = Ini::new();
    let mut section = String::new();
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with(';') {
            continue;
        }
        if line.starts_with('[') {
            section = parse_header(line, number)?;
            continue;
        }
        let (key, value) = parse_pair(line, number)?;
        let entries = ini.entry(section.clone()).or_default();
        if entries.insert(key.clone(), value).is_some() {
            return Err(ParseError::DuplicateKey(number, key));
        }
    }
    Ok(ini)
}
