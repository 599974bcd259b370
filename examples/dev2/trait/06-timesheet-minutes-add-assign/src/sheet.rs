use crate::minutes::Minutes;

#[derive(Debug, Clone)]
pub struct Entry {
    pub project: String,
    pub tags: Vec<String>,
    pub minutes: Minutes,
}

#[derive(Debug, Default)]
pub struct Timesheet {
    entries: Vec<Entry>,
}

impl Timesheet {
    pub fn log(&mut self, project: &str, minutes: u32, tags: &[&str]) {
        self.entries.push(Entry {
            project: project.to_string(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            minutes: Minutes(minutes),
        });
    }

    pub fn total_for(&self, project: &str) -> Minutes {
        let mut total = Minutes::default();
        for entry in self.entries.iter().filter(|e| e.project == project) {
            total += entry.minutes;
        }
        total
    }

    /// How many times `tag` was used, counting repeats within an entry.
    pub fn tag_count(&self, tag: &str) -> usize {
        self.entries.iter().map(|e| e.tags.iter().filter(|t| t == tag).count()).sum()
    }
}
