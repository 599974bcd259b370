use crate::tags::parse_tags;

#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub title: String,
    pub tags: Vec<String>,
}

impl Post {
    /// Parses a front-matter line like `Title | tag, tag`.
    pub fn parse(line: &str) -> Option<Post> {
        let (title, tags) = line.split_once('|')?;
        let title = title.trim();
        if title.is_empty() {
            return None;
        }
        Some(Post { title: title.to_string(), tags: parse_tags(tags) })
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }
}
