use crate::tags::push_unique;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub done: bool,
    pub tags: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Checklist {
    items: Vec<Item>,
}

impl Checklist {
    pub fn add(&mut self, text: &str, tags: &[&str]) {
        let mut unique = Vec::new();
        for tag in tags {
            push_unique(&mut unique, tag);
        }
        self.items.push(Item { text: text.to_string(), done: false, tags: unique });
    }

    /// Mark every open item carrying `tag` as done; returns how many changed.
    pub fn complete_tagged(&mut self, tag: &str) -> usize {
        let mut changed = 0;
        self.items
            .iter()
            .filter(|item| !item.done && item.tags.iter().any(|t| t == tag))
            .for_each(|item| {
                item.done = true;
                changed += 1;
            });
        changed
    }

    pub fn remaining(&self) -> Vec<&str> {
        self.items.iter().filter(|i| !i.done).map(|i| i.text.as_str()).collect()
    }

    pub fn all_tags(&self) -> Vec<String> {
        let mut all = Vec::new();
        for item in &self.items {
            for tag in &item.tags {
                push_unique(&mut all, tag);
            }
        }
        all
    }
}
