use crate::bag::Bag;

pub fn is_full(b: &Bag, capacity: usize) -> bool {
    b.count() >= capacity
}

pub fn room(b: &Bag, capacity: usize) -> usize {
    capacity.saturating_sub(b.count())
}

pub fn sizes(bags: &[Bag]) -> Vec<usize> {
    bags.iter().map(|b| b.count()).collect()
}
