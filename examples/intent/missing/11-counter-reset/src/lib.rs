/// Counts events.
pub struct Counter {
    pub count: u64,
}

impl Counter {
    pub fn tick(&mut self) {
        self.count += 1;
    }
}
