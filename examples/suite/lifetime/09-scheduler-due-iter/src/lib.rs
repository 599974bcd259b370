//! A cron-like timer wheel: tasks fire at a timestamp and may repeat.

#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub id: u32,
    pub due_at: u64,
    pub every: Option<u64>,
    pub label: String,
}

#[derive(Default)]
pub struct Scheduler {
    tasks: Vec<Task>,
    next_id: u32,
}

impl Scheduler {
    pub fn schedule(&mut self, label: &str, due_at: u64, every: Option<u64>) -> u32 {
        self.next_id += 1;
        self.tasks.push(Task { id: self.next_id, due_at, every, label: label.to_string() });
        self.next_id
    }

    /// Ids of tasks due at or before `now`, earliest first.
    pub fn due(&self, now: u64) -> impl Iterator<Item = u32> {
        let mut due: Vec<&Task> = self.tasks.iter().filter(|t| t.due_at <= now).collect();
        due.sort_by_key(|t| (t.due_at, t.id));
        due.into_iter().map(|t| t.id)
    }

    /// Fire everything due: repeating tasks are rescheduled, one-shots removed.
    pub fn tick(&mut self, now: u64) -> Vec<String> {
        let fired: Vec<u32> = self.due(now).collect();
        let mut labels = Vec::new();
        for id in fired {
            let pos = self.tasks.iter().position(|t| t.id == id).expect("due task exists");
            labels.push(self.tasks[pos].label.clone());
            match self.tasks[pos].every {
                Some(every) => {
                    let task = &mut self.tasks[pos];
                    while task.due_at <= now {
                        task.due_at += every;
                    }
                }
                None => {
                    self.tasks.remove(pos);
                }
            }
        }
        labels
    }

    pub fn pending(&self) -> usize {
        self.tasks.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_due_tasks_in_time_order() {
        let mut s = Scheduler::default();
        let backup = s.schedule("backup", 50, None);
        let ping = s.schedule("ping", 10, Some(10));
        s.schedule("report", 100, None);
        assert_eq!(s.due(60).collect::<Vec<_>>(), [ping, backup]);
        assert_eq!(s.due(5).count(), 0);
    }

    #[test]
    fn tick_reschedules_repeating_tasks() {
        let mut s = Scheduler::default();
        s.schedule("ping", 10, Some(10));
        s.schedule("once", 15, None);
        assert_eq!(s.tick(25), ["ping", "once"]);
        assert_eq!(s.pending(), 1);
        assert!(s.tick(29).is_empty());
        assert_eq!(s.tick(30), ["ping"]);
    }
}
