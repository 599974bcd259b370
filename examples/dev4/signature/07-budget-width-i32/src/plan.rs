use crate::budget::Budget;

pub fn month(costs: &[i64]) -> (usize, i64) {
    let mut b = Budget { limit: 1000, spent: 0 };
    let mut accepted = 0;
    for c in costs {
        if b.spend(*c) {
            accepted += 1;
        }
    }
    let bonus: i64 = 50;
    b.spend(bonus);
    (accepted, b.left())
}
