use crate::entry::Entry;

pub struct Document<'a> {
    source: &'a str,
    entries: Vec<Entry>,
}

impl Document<'a> {
    pub fn parse(source: &'a str) -> Result<Self, String> {
        let mut entries = Vec::new();
        let mut section = "";
        for (n, raw) in source.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name.trim();
                continue;
            }
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| format!("line {}: expected key = value", n + 1))?;
            entries.push(Entry { section, key: key.trim(), value: value.trim(), line: n + 1 });
        }
        Ok(Document { source, entries })
    }

    /// Look up `section.key` (or just `key` for the top level); the last definition wins.
    pub fn get(&self, path: &str) -> Option<&Entry<'a>> {
        let (section, key) = path.rsplit_once('.').unwrap_or(("", path));
        self.entries.iter().rev().find(|e| e.section == section && e.key == key)
    }

    pub fn section_keys(&self, section: &str) -> Vec<&'a str> {
        self.entries.iter().filter(|e| e.section == section).map(|e| e.key).collect()
    }

    pub fn source_line(&self, entry: &Entry) -> &'a str {
        self.source.lines().nth(entry.line - 1).unwrap_or("")
    }
}
