#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: u64,
    pub name: String,
    pub priority: u8,
    /// How many times this job has been handed to a worker.
    pub attempts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    Done,
    Failed,
}

impl Job {
    pub fn label(&self) -> String {
        format!("#{} {} (p{}, try {})", self.id, self.name, self.priority, self.attempts)
    }
}
