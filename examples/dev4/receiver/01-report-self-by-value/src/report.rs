pub struct Report {
    pub title: String,
    pub lines: Vec<String>,
}

impl Report {
    pub fn summary(self) -> String {
        format!("{}: {} line(s)", self.title, self.lines.len())
    }
}
