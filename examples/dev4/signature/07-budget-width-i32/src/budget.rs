pub struct Budget {
    pub limit: i64,
    pub spent: i64,
}

impl Budget {
    pub fn spend(&mut self, amount: i32) -> bool {
        if self.spent + amount > self.limit {
            return false;
        }
        self.spent += amount;
        true
    }

    pub fn left(&self) -> i64 {
        self.limit - self.spent
    }
}
