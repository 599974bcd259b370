//! Priority task queue (max-heap, FIFO among equal priorities).
mod heap;

pub use heap::Task;
use heap::{sift_down, sift_up};

#[derive(Debug, Default)]
pub struct TaskQueue {
    heap: Vec<Task>,
    next_seq: u64,
}

impl TaskQueue {
    pub fn push(&mut self, name: &str, priority: u32) {
        self.heap.push(Task { priority, seq: self.next_seq, name: name.to_string() });
        self.next_seq += 1;
        let last = self.heap.len() - 1;
        sift_up(&mut self.heap, last);
    }

    pub fn pop(&mut self) -> Option<Task> {
        if self.heap.is_empty() {
            return None;
        }
        let last = self.heap.len() - 1;
        self.heap.swap(0, last);
        let top = self.heap.pop();
        sift_down(&mut self.heap, 0);
        top
    }

    pub fn peek(&self) -> Option<&Task> {
        self.heap.first()
    }

    pub fn len(&self) -> usize {
        self.heap.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highest_priority_first_then_fifo() {
        let mut q = TaskQueue::default();
        for (name, p) in [("log", 1), ("page", 9), ("mail", 5), ("sms", 9), ("gc", 1), ("index", 5)] {
            q.push(name, p);
        }
        assert_eq!(q.peek().map(|t| t.name.as_str()), Some("page"));
        let order: Vec<String> = std::iter::from_fn(|| q.pop()).map(|t| t.name).collect();
        assert_eq!(order, ["page", "sms", "mail", "index", "log", "gc"]);
        assert!(q.is_empty());
    }

    #[test]
    fn interleaved_push_pop() {
        let mut q = TaskQueue::default();
        q.push("a", 2);
        q.push("b", 3);
        assert_eq!(q.pop().unwrap().name, "b");
        q.push("c", 1);
        q.push("d", 2);
        assert_eq!(q.len(), 3);
        assert_eq!(q.pop().unwrap().name, "a");
        assert_eq!(q.pop().unwrap().name, "d");
    }
}
