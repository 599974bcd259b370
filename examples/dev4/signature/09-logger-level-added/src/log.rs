#[derive(Default)]
pub struct Log {
    pub lines: Vec<String>,
}

impl Log {
    pub fn write(&mut self, level: &str, message: &str) {
        self.lines.push(format!("[{level}] {message}"));
    }
}
