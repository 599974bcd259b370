//! A chore planner: completing a recurring chore schedules its next occurrence.

#[derive(Debug, Clone, PartialEq)]
pub struct Chore {
    pub name: String,
    pub due: u64,
    pub every: Option<u64>,
    pub done: bool,
}

#[derive(Debug, Default)]
pub struct Planner {
    chores: Vec<Chore>,
}

impl Planner {
    pub fn add(&mut self, name: &str, due: u64, every: Option<u64>) {
        self.chores.push(Chore { name: name.to_string(), due, every, done: false });
    }

    /// Mark every open chore due at or before `now` as done and schedule the
    /// next occurrence of recurring ones. Returns how many were completed.
    pub fn complete_due(&mut self, now: u64) -> usize {
        let mut completed = 0;
        for chore in self.chores.iter_mut().filter(|c| !c.done && c.due <= now) {
            chore.done = true;
            completed += 1;
            if let Some(every) = chore.every {
                self.chores.push(Chore { due: chore.due + every, done: false, ..chore.clone() });
            }
        }
        completed
    }

    /// Open chores, earliest first.
    pub fn pending(&self) -> Vec<(&str, u64)> {
        let mut open: Vec<(&str, u64)> = self
            .chores
            .iter()
            .filter(|c| !c.done)
            .map(|c| (c.name.as_str(), c.due))
            .collect();
        open.sort_by_key(|&(name, due)| (due, name));
        open
    }
}
