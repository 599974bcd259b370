#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    pub sections: Vec<Section>,
}

/// `# ` starts the title line, `## ` starts a section; blank lines are skipped.
pub fn parse(src: &str) -> Document {
    let mut title = String::new();
    let mut sections = Vec::new();
    let mut heading: Option<String> = None;
    let mut lines = Vec::new();
    for raw in src.lines() {
        let line = raw.trim();
        if let Some(t) = line.strip_prefix("# ") {
            title = t.to_string();
        } else if let Some(h) = line.strip_prefix("## ") {
            if let Some(prev) = heading.replace(h.to_string()) {
                sections.push(Section { heading: prev, lines });
                lines.clear();
            }
        } else if !line.is_empty() && heading.is_some() {
            lines.push(line.to_string());
        }
    }
    if let Some(last) = heading {
        sections.push(Section { heading: last, lines });
    }
    Document { title, sections }
}
