pub struct RingLog<T> {
    slots: Vec<Option<T>>,
    start: usize,
    len: usize,
}

impl<T: Clone> RingLog<T> {
    pub fn new(capacity: usize) -> Self {
        assert!(capacity > 0);
        RingLog { slots: vec![None; capacity], start: 0, len: 0 }
    }

    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Append, overwriting the oldest entry when full.
    pub fn push(&mut self, value: T) {
        let cap = self.capacity();
        let idx = (self.start + self.len) % cap;
        self.slots[idx] = Some(value);
        if self.len == cap {
            self.start = (self.start + 1) % cap;
        } else {
            self.len += 1;
        }
    }

    /// Entries, oldest first.
    pub fn snapshot(&self) -> Vec<T> {
        let cap = self.capacity();
        (0..=self.len)
            .filter_map(|i| self.slots[(self.start + i) % cap].clone())
            .collect()
    }
}
