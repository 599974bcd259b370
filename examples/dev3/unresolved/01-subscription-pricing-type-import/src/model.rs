#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    Free,
    Pro,
    Team,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    pub plan: Plan,
    pub seats: u32,
    pub annual: bool,
}
