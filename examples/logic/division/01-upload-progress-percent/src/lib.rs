//! Progress reporting for multi-file uploads.

#[derive(Debug, Clone)]
pub struct FileProgress {
    pub name: String,
    pub sent: u64,
    pub size: u64,
}

#[derive(Default)]
pub struct Upload {
    files: Vec<FileProgress>,
}

impl Upload {
    pub fn new() -> Self {
        Upload { files: Vec::new() }
    }

    pub fn add(&mut self, name: &str, size: u64) {
        self.files.push(FileProgress { name: name.to_string(), sent: 0, size });
    }

    /// Record `bytes` more sent for `name`; false if there is no such file.
    pub fn record(&mut self, name: &str, bytes: u64) -> bool {
        match self.files.iter_mut().find(|f| f.name == name) {
            Some(f) => {
                f.sent = (f.sent + bytes).min(f.size);
                true
            }
            None => false,
        }
    }

    pub fn totals(&self) -> (u64, u64) {
        self.files.iter().fold((0, 0), |(s, t), f| (s + f.sent, t + f.size))
    }

    /// Whole-number percentage of all bytes sent, rounded down; 100 for an empty upload.
    pub fn percent(&self) -> u64 {
        let (sent, total) = self.totals();
        if total == 0 {
            return 100;
        }
        sent / total * 100
    }

    pub fn file_percent(&self, name: &str) -> Option<u64> {
        let f = self.files.iter().find(|f| f.name == name)?;
        Some(if f.size == 0 { 100 } else { f.sent * 100 / f.size })
    }

    pub fn status_line(&self) -> String {
        let done = self.files.iter().filter(|f| f.sent == f.size).count();
        format!("{}% ({}/{} files)", self.percent(), done, self.files.len())
    }
}
