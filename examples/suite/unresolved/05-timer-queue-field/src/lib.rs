//! Timer queue: schedule named events and pop those that are due.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
pub struct Timer {
    pub due: u64,
    pub seq: u64,
    pub name: String,
}

// BinaryHeap is a max-heap: invert the ordering so the earliest timer wins,
// with insertion order breaking ties.
impl Ord for Timer {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .at
            .cmp(&self.at)
            .then_with(|| other.seq.cmp(&self.seq))
    }
}

impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(Default)]
pub struct TimerQueue {
    heap: BinaryHeap<Timer>,
    next_seq: u64,
}

impl TimerQueue {
    pub fn schedule(&mut self, due: u64, name: &str) {
        self.heap.push(Timer {
            due,
            seq: self.next_seq,
            name: name.to_string(),
        });
        self.next_seq += 1;
    }

    /// Remove and return, in firing order, every timer due at or before `now`.
    pub fn pop_due(&mut self, now: u64) -> Vec<String> {
        let mut fired = Vec::new();
        while let Some(top) = self.heap.peek() {
            if top.due > now {
                break;
            }
            fired.push(self.heap.pop().unwrap().name);
        }
        fired
    }

    pub fn next_deadline(&self) -> Option<u64> {
        self.heap.peek().map(|t| t.due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fires_in_time_then_insertion_order() {
        let mut q = TimerQueue::default();
        q.schedule(30, "c");
        q.schedule(10, "a");
        q.schedule(10, "b");
        q.schedule(50, "d");
        assert_eq!(q.pop_due(30), vec!["a", "b", "c"]);
        assert_eq!(q.next_deadline(), Some(50));
    }

    #[test]
    fn nothing_due_yet() {
        let mut q = TimerQueue::default();
        q.schedule(5, "x");
        assert!(q.pop_due(4).is_empty());
        assert_eq!(q.pop_due(5), vec!["x"]);
        assert_eq!(q.next_deadline(), None);
    }
}
