use std::collections::BTreeMap;

use crate::expand::expand;

/// Parse one `KEY=value` line. Comments, blank lines and lines without `=` give None.
/// Surrounding double quotes are stripped; an `export ` prefix is allowed.
pub fn parse_line(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let line = line.strip_prefix("export ").unwrap_or(line);
    let pair = line.split_once('=')?;
    let key = pair[0].trim();
    let raw = pair[1].trim();
    if key.is_empty() {
        return None;
    }
    let value = raw
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .unwrap_or(raw);
    Some((key.to_string(), value.to_string()))
}

/// Parse a whole file; later values may refer to earlier ones.
pub fn parse_env(text: &str) -> BTreeMap<String, String> {
    let mut vars = BTreeMap::new();
    for (key, value) in text.lines().filter_map(parse_line) {
        let value = expand(&value, &vars);
        vars.insert(key, value);
    }
    vars
}
