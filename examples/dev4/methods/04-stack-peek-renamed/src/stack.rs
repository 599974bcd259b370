#[derive(Default)]
pub struct Stack {
    items: Vec<i64>,
}

impl Stack {
    pub fn push(&mut self, v: i64) {
        self.items.push(v);
    }

    pub fn pop(&mut self) -> Option<i64> {
        self.items.pop()
    }

    pub fn top(&self) -> Option<i64> {
        self.items.last().copied()
    }
}
