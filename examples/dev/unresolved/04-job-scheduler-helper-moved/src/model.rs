pub type TaskId = u32;

#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub id: TaskId,
    pub priority: i32,
    pub deadline: u64,
}
