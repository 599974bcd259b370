//! Greedy word wrapping with an optional hanging indent for continuation lines.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wrapper {
    pub width: usize,
    pub indent: usize,
}

impl Wrapper {
    pub fn new(width: usize) -> Wrapper {
        Wrapper { width, indent: 0 }
    }

    /// Indent every line after the first by `indent` spaces.
    pub fn hanging(mut self, indent: usize) -> Wrapper {
        self.indent = indent;
        self
    }

    /// Split `text` into lines of at most `width` characters; a word longer than the
    /// width gets a line of its own.
    pub fn wrap(&self, text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut current = String::new();
        for word in text.split_whitespace() {
            let fits = current.chars().count() + 1 + word.chars().count() <= self.width;
            if !current.is_empty() && fits {
                current.push(' ');
                current.push_str(word);
                continue;
            }
            if !current.is_empty() {
                lines.push(std::mem::take(&mut current));
            }
            let pad = if !lines.is_empty() { self.indent };
            current = format!("{}{}", " ".repeat(pad), word);
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }

    pub fn fill(&self, text: &str) -> String {
        self.wrap(text).join("\n")
    }
}
