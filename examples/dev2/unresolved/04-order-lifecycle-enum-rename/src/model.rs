#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Placed,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Pay,
    Ship,
    Deliver,
    Cancel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub id: u32,
    pub status: Status,
    pub history: Vec<Status>,
}

impl Order {
    pub fn new(id: u32) -> Order {
        Order { id, status: Status::Placed, history: Vec::new() }
    }
}
