use std::collections::VecDeque;

#[derive(Default)]
pub struct Queue {
    items: VecDeque<String>,
}

impl Queue {
    pub fn push_job(&mut self, job: &str) {
        self.items.push_back(job.to_string());
    }

    pub fn next(&mut self) -> Option<String> {
        self.items.pop_front()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
