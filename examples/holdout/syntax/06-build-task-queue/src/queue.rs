use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

use crate::task::Task;

#[derive(Debug, PartialEq, Eq)]
pub enum ScheduleError {
    UnknownDependency { task: String, dep: String },
    Cycle(Vec<String>),
}

/// Topological order; among ready tasks the highest priority runs first, then by name.
pub fn schedule(tasks: &[Task]) -> Result<Vec<String>, ScheduleError> {
    let index: HashMap<&str, &Task> = tasks.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut waiting: HashMap<&str, usize> = HashMap::new();
    for t in tasks {
        for d in &t.deps {
            if !index.contains_key(d.as_str()) {
                return Err(ScheduleError::UnknownDependency { task: t.name.clone(), dep: d.clone() });
            }
        }
        waiting.insert(&t.name, t.deps.len());
    }
    let mut ready: BTreeSet<(Reverse<u8>, &str)> = tasks
        .iter()
        .filter(|t| t.deps.is_empty())
        .map(|t| (Reverse(t.priority), t.name.as_str()))
        .collect();
    let mut order = Vec::new();
    while let Some((_, name)) = ready.pop_first() {
        order.push(name.to_string());
        for t in tasks.iter().filter(|t| t.deps.iter().any(|d| d == name)) {
            let left = waiting.get_mut(t.name.as_str()).unwrap();
            *left -= 1;
            if *left == 0 {
                ready.insert((Reverse(t.priority), &t.name));
            }
        }
    }
    if order.len() < tasks.len() {
        let mut stuck: Vec<String> = waiting.iter().filter(|(_, &n)| n > 0).map(|(k, _)| k.to_string()).collect();
        stuck.sort();
        return Err(ScheduleError::Cycle(stuck));
    }
    Ok(order)
}
