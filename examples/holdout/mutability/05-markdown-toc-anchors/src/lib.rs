//! Table-of-contents generation for Markdown documents.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: usize,
    pub title: String,
    pub anchor: String,
}

/// GitHub-style slug: lower-case, spaces to '-', punctuation dropped.
pub fn slugify(title: &str) -> String {
    title
        .trim()
        .chars()
        .filter_map(|c| match c {
            c if c.is_alphanumeric() => Some(c.to_ascii_lowercase()),
            ' ' | '-' => Some('-'),
            '_' => Some('_'),
            _ => None,
        })
        .collect()
}

pub struct Document {
    headings: Vec<Heading>,
}

impl Document {
    /// Collect ATX headings, ignoring lines inside ``` fences.
    pub fn parse(md: &str) -> Self {
        let mut headings = Vec::new();
        let mut in_code = false;
        for line in md.lines() {
            if line.trim_start().starts_with("```") {
                in_code = !in_code;
                continue;
            }
            let level = line.chars().take_while(|&c| c == '#').count();
            if in_code || level == 0 || level > 6 || !line[level..].starts_with(' ') {
                continue;
            }
            headings.push(Heading { level, title: line[level..].trim().to_string(), anchor: String::new() });
        }
        let mut doc = Document { headings };
        doc.assign_anchors();
        doc
    }

    /// Duplicate slugs get `-1`, `-2`, ... suffixes like on GitHub.
    fn assign_anchors(&mut self) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for h in self.headings.iter() {
            let base = slugify(&h.title);
            let n = seen.entry(base.clone()).or_insert(0);
            h.anchor = if *n == 0 { base } else { format!("{base}-{n}") };
            *n += 1;
        }
    }

    pub fn toc(&self, max_level: usize) -> String {
        let top = self.headings.iter().map(|h| h.level).min().unwrap_or(1);
        self.headings
            .iter()
            .filter(|h| h.level <= max_level)
            .map(|h| format!("{}- [{}](#{})\n", "  ".repeat(h.level - top), h.title, h.anchor))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# Guide\n\nintro\n\n## Install\n```sh\n# not a heading\n```\n## Usage & Tips\n### Install\n## Install\n#hashtag\n";

    #[test]
    fn anchors_are_unique() {
        let doc = Document::parse(MD);
        let anchors: Vec<&str> = doc.headings.iter().map(|h| h.anchor.as_str()).collect();
        assert_eq!(anchors, ["guide", "install", "usage--tips", "install-1", "install-2"]);
    }

    #[test]
    fn toc_is_indented() {
        let doc = Document::parse(MD);
        assert_eq!(
            doc.toc(2),
            "- [Guide](#guide)\n  - [Install](#install)\n  - [Usage & Tips](#usage--tips)\n  - [Install](#install-2)\n"
        );
    }
}
