//! Core of a `du`-like tool: aggregate file sizes per top-level directory
//! and render a human-readable report.
use std::collections::BTreeMap;

pub struct Report {
    totals: BTreeMap<String, u64>,
}

/// Format a byte count with binary units, one decimal place above 1 KiB.
pub fn human(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

impl Report {
    /// `entries` are `(path, size)` pairs such as `("src/main.rs", 1200)`.
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = (&'a str, u64)>) -> Self {
        let mut totals = BTreeMap::new();
        for (path, size) in entries {
            let top = path.split('/').next().unwrap_or(path);
            let key = if top == path { "." } else { top };
            *totals.entry(key.to_string()).or_insert(0) += size;
        }
        Report { totals }
    }

    pub fn total(&self) -> u64 {
        self.totals.values().sum()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (dir, size) in &self.totals {
            writeln!(f, "{:>10}  {}", human(*size), dir)?;
        }
        write!(f, "{:>10}  total", human(self.total()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes() {
        assert_eq!(human(512), "512 B");
        assert_eq!(human(1536), "1.5 KiB");
        assert_eq!(human(5 * 1024 * 1024 * 1024), "5.0 GiB");
    }

    #[test]
    fn groups_by_top_directory() {
        let r = Report::from_entries([
            ("src/main.rs", 1024),
            ("src/lib/util.rs", 1024),
            ("README.md", 100),
            ("target/debug/app", 3 * 1024 * 1024),
        ]);
        assert_eq!(r.total(), 3 * 1024 * 1024 + 2148);
        let text = r.to_string();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "     100 B  .");
        assert_eq!(lines[1], "   2.0 KiB  src");
        assert_eq!(lines[2], "   3.0 MiB  target");
        assert!(lines[3].ends_with("total"));
    }
}
