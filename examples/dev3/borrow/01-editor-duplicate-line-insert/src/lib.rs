use std::ops::Range;

/// A text buffer that always ends with a newline.
#[derive(Debug, Default)]
pub struct Buffer {
    text: String,
}

impl Buffer {
    pub fn from_text(text: &str) -> Self {
        let mut text = text.to_string();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Buffer { text }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn line_count(&self) -> usize {
        self.text.lines().count()
    }

    /// Byte range of line `n` (0-based), including its newline.
    fn line_range(&self, n: usize) -> Option<Range<usize>> {
        let mut start = 0;
        for (i, line) in self.text.split_inclusive('\n').enumerate() {
            if i == n {
                return Some(start..start + line.len());
            }
            start += line.len();
        }
        None
    }

    /// Inserts a copy of line `n` right below it.
    pub fn duplicate_line(&mut self, n: usize) -> bool {
        let Some(range) = self.line_range(n) else {
            return false;
        };
        let line = &self.text[range.clone()];
        self.text.insert_str(range.end, line);
        true
    }

    pub fn delete_line(&mut self, n: usize) -> Option<String> {
        let range = self.line_range(n)?;
        let removed: String = self.text.drain(range).collect();
        Some(removed.trim_end_matches('\n').to_string())
    }
}
