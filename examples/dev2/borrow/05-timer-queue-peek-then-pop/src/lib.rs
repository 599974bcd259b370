//! A timer-driven job scheduler: jobs run when their due time has passed, earliest first.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

#[derive(Debug, Default)]
pub struct Scheduler {
    queue: BinaryHeap<Reverse<(u64, u32)>>,
    names: HashMap<u32, String>,
    next_id: u32,
}

impl Scheduler {
    /// Returns the job id; jobs due at the same time run in scheduling order.
    pub fn schedule(&mut self, name: &str, due: u64) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(Reverse((due, id)));
        self.names.insert(id, name.to_string());
        id
    }

    pub fn cancel(&mut self, id: u32) -> bool {
        self.names.remove(&id).is_some()
    }

    /// The next job due at or before `now`, skipping cancelled ones.
    pub fn pop_due(&mut self, now: u64) -> Option<String> {
        loop {
            let Reverse((due, id)) = self.queue.peek()?;
            if *due > now {
                return None;
            }
            self.queue.pop();
            if let Some(name) = self.names.remove(id) {
                return Some(name);
            }
        }
    }

    pub fn run_until(&mut self, now: u64) -> Vec<String> {
        std::iter::from_fn(|| self.pop_due(now)).collect()
    }
}
