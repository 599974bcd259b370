#[derive(Debug)]
pub struct Order {
    pub items: Vec<(String, u32)>,
}

impl Order {
    pub fn total(self) -> u32 {
        self.items.iter().map(|(_, p)| p).sum()
    }
}

pub fn revenue(orders: &[Order]) -> u32 {
    let mut sum = 0;
    for o in orders {
        sum += o.total();
    }
    sum
}

pub fn big(orders: &Vec<Order>, limit: u32) -> usize {
    orders.iter().filter(|o| o.total() > limit).count()
}
