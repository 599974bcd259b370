#[derive(Debug, PartialEq, Default)]
pub struct Document {
    lines: Vec<String>,
}

impl Document {
    pub fn from_text(text: &str) -> Self {
        Document { lines: text.lines().map(str::to_string).collect() }
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    pub fn insert_line(&mut self, at: usize, line: &str) {
        let at = at.min(self.lines.len());
        self.lines.insert(at, line.to_string());
    }

    pub fn delete_line(&mut self, at: usize) -> Option<String> {
        if at < self.lines.len() {
            Some(self.lines.remove(at))
        } else {
            None
        }
    }

    pub fn replace_all(&mut self, from: &str, to: &str) -> usize {
        let mut hits = 0;
        for line in &mut self.lines {
            hits += line.matches(from).count();
            *line = line.replace(from, to);
        }
        hits
    }
}
