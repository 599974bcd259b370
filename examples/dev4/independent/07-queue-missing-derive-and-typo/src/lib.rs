use std::collections::VecDeque;

#[derive(Debug, Clone)]
pub struct Task {
    pub id: u32,
    pub title: String,
}

pub fn schedule(titles: &[&str]) -> VecDeque<Task> {
    titles.iter().enumerate().map(|(i, t)| Task { id: i as u32, title: t.to_string() }).collect()
}

pub fn first_title(q: &VecDeque<Task>) -> Option<&str> {
    q.front().map(|task| tsk.title.as_str())
}
