#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Blank,
    Section(String),
    Entry { key: String, value: String },
}

pub fn parse_line(raw: &str) -> Result<Line, String> {
    let line = raw.split('#').next().unwrap_or("").trim();
    if line.is_empty() {
        return Ok(Line::Blank);
    }
    if let Some(inner) = line.strip_prefix('[') {
        let name = inner.strip_suffix(']').ok_or_else(|| format!("unclosed section: {raw}"))?;
        return Ok(Line::Section(name.trim().to_string()));
    }
    let (key, value) = line.split_once('=').ok_or_else(|| format!("expected key = value: {raw}"))?;
    Ok(Line::Entry { key: key.trim().to_string(), value: value.trim().to_string() })
}
