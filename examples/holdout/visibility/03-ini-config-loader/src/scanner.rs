/// A classified, trimmed line of an INI file.
#[derive(Debug, PartialEq, Eq)]
pub enum Line<'a> {
    Header(&'a str),
    Pair(&'a str, &'a str),
    Invalid(usize),
}

pub struct Scanner<'a> {
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
}

impl<'a> Scanner<'a> {
    pub fn new(text: &'a str) -> Self {
        Scanner { lines: text.lines().enumerate() }
    }

    /// Next meaningful line, skipping blanks and `;`/`#` comments.
    fn next_line(&mut self) -> Option<Line<'a>> {
        for (n, raw) in self.lines.by_ref() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with(';') || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                return Some(Line::Header(name.trim()));
            }
            return Some(match line.split_once('=') {
                Some((k, v)) if !k.trim().is_empty() => Line::Pair(k.trim(), v.trim()),
                _ => Line::Invalid(n + 1),
            });
        }
        None
    }
}
