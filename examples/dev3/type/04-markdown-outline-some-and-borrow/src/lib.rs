/// Level of an ATX heading (`## Title` is 2), or `None` for other lines.
pub fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    if line[hashes..].starts_with(' ') {
        hashes
    } else {
        None
    }
}

pub fn heading_text(line: &str) -> Option<&str> {
    let level = heading_level(line)?;
    Some(line[level..].trim())
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[derive(Debug, PartialEq)]
pub struct Entry {
    pub level: usize,
    pub title: String,
}

pub fn outline(doc: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    for line in doc.lines() {
        if let (Some(level), Some(title)) = (heading_level(line), heading_text(line)) {
            entries.push(Entry { level, title: title.to_string() });
        }
    }
    entries
}

/// Number of words outside headings.
pub fn body_words(doc: &str) -> usize {
    let mut body = String::new();
    for line in doc.lines().filter(|l| heading_level(l).is_none()) {
        body.push_str(line);
        body.push(' ');
    }
    word_count(body)
}
