use std::cmp::Reverse;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub priority: u32,
    pub seq: u64,
    pub name: String,
}

impl Task {
    /// Higher priority wins; among equals the older task (smaller seq) wins.
    fn before(&self, other: &Task) -> bool {
        (self.priority, Reverse(self.seq)) > (other.priority, Reverse(other.seq))
    }
}

pub(crate) fn sift_up(heap: &mut [Task], mut i: usize) {
    while i > 0 {
        let parent = (i - 1) / 2;
        if !heap[i].before(&heap[parent]) {
            break;
        }
        heap.swap(i, parent);
        i = parent;
    }
}

pub(crate) fn sift_down(heap: &[Task], mut i: usize) {
    loop {
        let (left, right) = (2 * i + 1, 2 * i + 2);
        let best = i;
        if left < heap.len() && heap[left].before(&heap[best]) {
            best = left;
        }
        if right < heap.len() && heap[right].before(&heap[best]) {
            best = right;
        }
        if best == i {
            return;
        }
        heap.swap(i, best);
        i = best;
    }
}
