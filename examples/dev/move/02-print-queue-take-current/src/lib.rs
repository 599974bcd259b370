//! A printer queue: one job printing, the rest waiting in order.

use std::collections::VecDeque;

/// Jobs own their page data and are deliberately not `Clone`.
#[derive(Debug, PartialEq)]
pub struct Job {
    pub id: u32,
    pub pages: Vec<String>,
}

#[derive(Debug, Default)]
pub struct PrintQueue {
    current: Option<Job>,
    waiting: VecDeque<Job>,
    finished: Vec<Job>,
}

impl PrintQueue {
    pub fn submit(&mut self, job: Job) {
        if self.current.is_none() {
            self.current = Some(job);
        } else {
            self.waiting.push_back(job);
        }
    }

    pub fn current_id(&self) -> Option<u32> {
        self.current.as_ref().map(|j| j.id)
    }

    /// Move the printing job to `finished` and start the next one; returns the finished job.
    pub fn finish_current(&mut self) -> Option<&Job> {
        let job = self.current?;
        self.finished.push(job);
        self.current = self.waiting.pop_front();
        self.finished.last()
    }

    pub fn pages_printed(&self) -> usize {
        self.finished.iter().map(|j| j.pages.len()).sum()
    }
}
