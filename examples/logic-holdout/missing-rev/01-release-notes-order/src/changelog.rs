use crate::parse_version;

#[derive(Debug, Clone)]
pub struct Release {
    pub version: (u32, u32, u32),
    pub notes: Vec<String>,
}

#[derive(Default)]
pub struct Changelog {
    releases: Vec<Release>,
}

impl Changelog {
    pub fn add(&mut self, version: &str, notes: &[&str]) -> bool {
        match parse_version(version) {
            Some(v) => {
                self.releases.push(Release { version: v, notes: notes.iter().map(|n| n.to_string()).collect() });
                true
            }
            None => false,
        }
    }

    pub fn latest(&self) -> Option<(u32, u32, u32)> {
        self.releases.iter().map(|r| r.version).max()
    }

    /// Markdown, newest release first.
    pub fn render(&self) -> String {
        let mut sorted: Vec<&Release> = self.releases.iter().collect();
        sorted.sort_by_key(|r| r.version);
        let mut out = String::new();
        for r in sorted.iter() {
            let (a, b, c) = r.version;
            out.push_str(&format!("## {}.{}.{}\n", a, b, c));
            for n in &r.notes {
                out.push_str(&format!("- {}\n", n));
            }
        }
        out
    }
}
