use crate::job::{Job, Outcome};

pub struct JobQueue {
    pending: Vec<Job>,
    dead: Vec<Job>,
    next_id: u64,
    max_attempts: u32,
}

impl JobQueue {
    pub fn new(max_attempts: u32) -> Self {
        JobQueue { pending: Vec::new(), dead: Vec::new(), next_id: 1, max_attempts }
    }

    pub fn submit(&mut self, name: &str, priority: u8) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        self.pending.push(Job { id, name: name.to_string(), priority });
        id
    }

    /// Take the highest-priority job (oldest first among equals).
    pub fn take(&mut self) -> Option<Job> {
        let best = (0..self.pending.len()).max_by_key(|&i| {
            let job = &self.pending[i];
            (job.priority, std::cmp::Reverse(job.id))
        })?;
        let mut job = self.pending.remove(best);
        job.attempts += 1;
        Some(job)
    }

    pub fn finish(&mut self, job: Job, outcome: Outcome) {
        match outcome {
            Outcome::Done => {}
            Outcome::Failed if job.attempts >= self.max_attempts => self.dead.push(job),
            Outcome::Failed => self.pending.push(job),
        }
    }

    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }
}
