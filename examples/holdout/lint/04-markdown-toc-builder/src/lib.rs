//! Table of contents for Markdown documents.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: usize,
    pub title: String,
    pub anchor: String,
}

fn anchor(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' | '-' => Some('-'),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

fn heading(level: usize, title: String, dupes: usize) -> Heading {
    let mut anchor = anchor(&title);
    if dupes > 0 {
        anchor = format!("{anchor}-{dupes}");
    }
    Heading { level, title, anchor }
}

/// ATX headings (`#` to `######`) outside fenced code blocks, down to `max_level`.
pub fn headings(markdown: &str, max_level: usize) -> Vec<Heading> {
    let mut out: Vec<Heading> = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        let level = line.chars().take_while(|&c| c == '#').count();
        if !in_fence && (1..=max_level).contains(&level) {
            if line[level..].starts_with(' ') {
                let title = line[level..].trim().trim_end_matches('#').trim().to_string();
                let dupes = out.iter().filter(|h| h.title == title).count();
                out.push(heading(level, title, dupes));
            }
        }
    }
    out
}

pub fn render_toc(markdown: &str, max_level: usize) -> String {
    let hs = headings(markdown, max_level);
    if hs.len() == 0 {
        return String::new();
    }
    let base = hs.iter().map(|h| h.level).min().unwrap_or(1);
    hs.iter()
        .map(|h| format!("{}- [{}](#{})\n", "  ".repeat(h.level - base), h.title, h.anchor))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# Guide\n\nintro\n\n## Install\n```sh\n# not a heading\n```\n## Usage ##\n### Flags & Options\n#hashtag\n## Usage\n";

    #[test]
    fn finds_headings_outside_code() {
        let hs = headings(DOC, 6);
        let titles: Vec<&str> = hs.iter().map(|h| h.title.as_str()).collect();
        assert_eq!(titles, ["Guide", "Install", "Usage", "Flags & Options", "Usage"]);
        assert_eq!(hs[3].anchor, "flags--options");
        assert_eq!(hs[4].anchor, "usage-1");
    }

    #[test]
    fn renders_nested_list() {
        let toc = render_toc(DOC, 2);
        assert_eq!(toc, "- [Guide](#guide)\n  - [Install](#install)\n  - [Usage](#usage)\n  - [Usage](#usage-1)\n");
        assert_eq!(render_toc("no headings", 3), "");
    }
}
