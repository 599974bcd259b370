//! A fixed-capacity ring buffer that keeps the most recent values.

#[derive(Debug)]
pub struct Ring<T> {
    slots: Vec<Option<T>>,
    next: usize,
    len: usize,
}

impl<T> Ring<T> {
    pub fn with_capacity(capacity: usize) -> Self {
        assert!(capacity > 0, "capacity must be positive");
        Ring { slots: (0..capacity).map(|_| None).collect(), next: 0, len: 0 }
    }

    /// Store a value, overwriting the oldest one when full; returns the evicted value.
    pub fn push(&mut self, value: T) -> Option<T> {
        let evicted = self.slots[self.next].replace(value);
        self.next = (self.next + 1) % self.slots.len();
        self.len = (self.len + 1).min(self.slots.len());
        evicted
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Oldest to newest.
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        let cap = self.slots.len();
        let start = (self.next + cap - self.len) % cap;
        (0..self.len).filter_map(move |i| self.slots[(start + i) % cap].as_ref())
    }

    /// The `n` most recent values, newest first.
    pub fn latest(&self, n: usize) -> Vec<T> {
        let mut all: Vec<T> = self.iter().cloned().collect();
        all.reverse();
        all.truncate(n);
        all
    }
}
