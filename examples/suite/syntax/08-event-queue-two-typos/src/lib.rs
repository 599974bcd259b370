//! Discrete-event simulation clock: events fire in time order, ties in scheduling order.
use std::cmp::Reverse;
use std::collections:BinaryHeap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: u64,
    pub name: String,
}

#[derive(Default)]
pub struct EventQueue {
    heap: BinaryHeap<Reverse<(u64, u64, String)>>,
    seq: u64,
    now: u64,
}

impl EventQueue {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn schedule(&mut self, delay: u64, name: &str) {
        let at = self.now + delay;
        self.heap.push(Reverse((at, self.seq, name.to_string())));
        self.seq += 1;
    }

    pub fn now(&self) -> u64 {
        self.now
    }

    pub fn pop(&mut self) -> Option<Event> {
        let Reverse((at, _, name)) = self.heap.pop()?;
        self.now = at
        Some(Event { at, name })
    }

    /// Fire every event due at or before `deadline`, then advance the clock to it.
    pub fn run_until(&mut self, deadline: u64) -> Vec<Event> {
        let mut fired = Vec::new();
        while let Some(Reverse((at, _, _))) = self.heap.peek() {
            if *at > deadline {
                break;
            }
            fired.extend(self.pop());
        }
        self.now = self.now.max(deadline);
        fired
    }

    pub fn pending(&self) -> usize {
        self.heap.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(events: &[Event]) -> Vec<&str> {
        events.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn fires_in_time_then_fifo_order() {
        let mut q = EventQueue::new();
        q.schedule(5, "b");
        q.schedule(1, "a");
        q.schedule(5, "c");
        q.schedule(9, "d");
        let fired = q.run_until(6);
        assert_eq!(names(&fired), vec!["a", "b", "c"]);
        assert_eq!(fired[1].at, 5);
        assert_eq!(q.now(), 6);
        assert_eq!(q.pending(), 1);
    }

    #[test]
    fn delays_are_relative_to_clock() {
        let mut q = EventQueue::new();
        q.schedule(3, "x");
        assert_eq!(q.pop(), Some(Event { at: 3, name: "x".into() }));
        q.schedule(3, "y");
        assert_eq!(q.pop().map(|e| e.at), Some(6));
        assert_eq!(q.pop(), None);
    }
}
