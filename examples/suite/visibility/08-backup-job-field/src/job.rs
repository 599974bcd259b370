#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    Hourly,
    Daily,
    Weekly,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BackupJob {
    pub name: String,
    pub source: String,
    pub schedule: Schedule,
    retries: u8,
    pub keep: u32,
}

impl BackupJob {
    /// How many snapshots exist after `days` of running the job.
    pub fn snapshots_after(&self, days: u32) -> u32 {
        let per_day = match self.schedule {
            Schedule::Hourly => days * 24,
            Schedule::Daily => days,
            Schedule::Weekly => days / 7,
        };
        per_day.min(self.keep)
    }
}
