use std::collections::HashMap;

#[derive(Default)]
pub struct Memo {
    seen: HashMap<u64, u64>,
}

impl Memo {
    pub fn fib(&mut self, n: u64) -> u64 {
        if n < 2 {
            return n;
        }
        if let Some(v) = self.seen.get(&n) {
            return *v;
        }
        let v = self.fib(n - 1) + self.fib(n - 2);
        self.seen.insert(n, v);
        v
    }
}
