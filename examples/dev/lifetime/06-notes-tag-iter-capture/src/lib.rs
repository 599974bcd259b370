//! Notes with `#hashtags` in their body, and a tag cloud over all notes.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub title: String,
    pub body: String,
}

impl Note {
    pub fn new(title: &str, body: &str) -> Self {
        Note { title: title.to_string(), body: body.to_string() }
    }

    /// Hashtags in the body, lowercased, without the `#` and trailing punctuation.
    pub fn tags(&self) -> impl Iterator<Item = String> {
        self.body
            .split_whitespace()
            .filter_map(|w| w.strip_prefix('#'))
            .map(|t| t.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|t| !t.is_empty())
    }
}

/// Titles of the notes carrying `tag` (case-insensitive), in order.
pub fn titles_tagged<'a>(notes: &'a [Note], tag: &str) -> Vec<&'a str> {
    let tag = tag.trim_start_matches('#').to_lowercase();
    notes
        .iter()
        .filter(|n| n.tags().any(|t| t == tag))
        .map(|n| n.title.as_str())
        .collect()
}

/// How many notes carry each tag (a tag repeated in one note counts once).
pub fn tag_cloud(notes: &[Note]) -> BTreeMap<String, usize> {
    let mut cloud = BTreeMap::new();
    for note in notes {
        let mut seen: Vec<String> = note.tags().collect();
        seen.sort();
        seen.dedup();
        for tag in seen {
            *cloud.entry(tag).or_insert(0) += 1;
        }
    }
    cloud
}
