/// First in, first out.
pub trait Queue {
    fn push(&mut self, value: i32);
    fn pop(&mut self) -> Option<i32>;
}

#[derive(Default)]
pub struct VecQueue {
    items: Vec<i32>,
}

impl Queue for VecQueue {
    fn push(&mut self, value: i32) {
        self.items.push(value);
    }
}
