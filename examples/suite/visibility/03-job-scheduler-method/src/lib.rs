//! Job scheduler backed by a hand-rolled binary min-heap.

pub mod heap {
    /// Min-heap of `(priority, id)` pairs.
    #[derive(Default)]
    pub struct MinHeap {
        data: Vec<(u32, u64)>,
    }

    impl MinHeap {
        pub fn push(&mut self, item: (u32, u64)) {
            self.data.push(item);
            let mut i = self.data.len() - 1;
            while i > 0 {
                let parent = (i - 1) / 2;
                if self.data[i] >= self.data[parent] {
                    break;
                }
                self.data.swap(i, parent);
                i = parent;
            }
        }

        pub fn pop(&mut self) -> Option<(u32, u64)> {
            let last = self.data.len().checked_sub(1)?;
            self.data.swap(0, last);
            let top = self.data.pop();
            self.sift_down(0);
            top
        }

        fn peek(&self) -> Option<&(u32, u64)> {
            self.data.first()
        }

        fn sift_down(&mut self, mut i: usize) {
            loop {
                let (l, r) = (2 * i + 1, 2 * i + 2);
                let mut smallest = i;
                if l < self.data.len() && self.data[l] < self.data[smallest] {
                    smallest = l;
                }
                if r < self.data.len() && self.data[r] < self.data[smallest] {
                    smallest = r;
                }
                if smallest == i {
                    return;
                }
                self.data.swap(i, smallest);
                i = smallest;
            }
        }
    }
}

pub mod scheduler {
    use crate::heap::MinHeap;

    #[derive(Default)]
    pub struct Scheduler {
        queue: MinHeap,
        next_id: u64,
    }

    impl Scheduler {
        /// Lower numbers run first; equal priorities run in submission order.
        pub fn submit(&mut self, priority: u32) -> u64 {
            let id = self.next_id;
            self.next_id += 1;
            self.queue.push((priority, id));
            id
        }

        /// Run every job whose priority is at most `threshold`.
        pub fn run_urgent(&mut self, threshold: u32) -> Vec<u64> {
            let mut ran = Vec::new();
            while let Some(&(prio, _)) = self.queue.peek() {
                if prio > threshold {
                    break;
                }
                ran.push(self.queue.pop().unwrap().1);
            }
            ran
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scheduler::Scheduler;

    #[test]
    fn urgent_jobs_in_priority_then_fifo_order() {
        let mut s = Scheduler::default();
        let a = s.submit(5);
        let b = s.submit(1);
        let c = s.submit(3);
        let d = s.submit(1);
        let e = s.submit(9);
        assert_eq!(s.run_urgent(5), vec![b, d, c, a]);
        assert_eq!(s.run_urgent(5), Vec::<u64>::new());
        assert_eq!(s.run_urgent(10), vec![e]);
    }
}
