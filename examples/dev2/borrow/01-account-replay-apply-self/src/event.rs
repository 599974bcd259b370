#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Opened { owner: String },
    Deposited(u64),
    Withdrawn(u64),
    Closed,
}
