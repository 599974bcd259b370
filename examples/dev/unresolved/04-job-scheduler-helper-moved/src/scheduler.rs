use crate::model::TaskId;

#[derive(Debug, Default)]
pub struct Scheduler {
    pending: Vec<Task>,
}

impl Scheduler {
    pub fn submit(&mut self, id: TaskId, raw_priority: i32, deadline: u64) {
        let priority = normalize_priority(raw_priority);
        self.pending.push(Task { id, priority, deadline });
    }

    fn best_index(&self) -> Option<usize> {
        (0..self.pending.len()).min_by_key(|&i| {
            let t: &Task = &self.pending[i];
            (-t.priority, t.deadline, t.id)
        })
    }

    /// Remove and return the task that should run next.
    pub fn pop_next(&mut self) -> Option<Task> {
        let i = self.best_index()?;
        Some(self.pending.swap_remove(i))
    }

    pub fn drain_order(mut self) -> Vec<TaskId> {
        let mut order = Vec::new();
        while let Some(task) = self.pop_next() {
            order.push(task.id);
        }
        order
    }
}
