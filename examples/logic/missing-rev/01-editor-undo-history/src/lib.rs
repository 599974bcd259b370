//! A tiny text buffer with undo/redo and an edit history.

#[derive(Debug, Clone, PartialEq)]
enum Edit {
    Insert { pos: usize, text: String },
    Delete { pos: usize, text: String },
}

fn describe(e: &Edit) -> String {
    match e {
        Edit::Insert { pos, text } => format!("insert {:?} at {}", text, pos),
        Edit::Delete { pos, text } => format!("delete {:?} at {}", text, pos),
    }
}

#[derive(Default)]
pub struct Editor {
    text: String,
    done: Vec<Edit>,
    undone: Vec<Edit>,
}

impl Editor {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn insert(&mut self, pos: usize, s: &str) {
        self.text.insert_str(pos, s);
        self.done.push(Edit::Insert { pos, text: s.to_string() });
        self.undone.clear();
    }

    pub fn delete(&mut self, pos: usize, len: usize) {
        let removed: String = self.text.drain(pos..pos + len).collect();
        self.done.push(Edit::Delete { pos, text: removed });
        self.undone.clear();
    }

    pub fn undo(&mut self) -> bool {
        let Some(e) = self.done.pop() else { return false };
        match &e {
            Edit::Insert { pos, text } => drop(self.text.drain(*pos..*pos + text.len())),
            Edit::Delete { pos, text } => self.text.insert_str(*pos, text),
        }
        self.undone.push(e);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(e) = self.undone.pop() else { return false };
        match &e {
            Edit::Insert { pos, text } => self.text.insert_str(*pos, text),
            Edit::Delete { pos, text } => drop(self.text.drain(*pos..*pos + text.len())),
        }
        self.done.push(e);
        true
    }

    /// The `n` most recent edits, newest first.
    pub fn history(&self, n: usize) -> Vec<String> {
        self.done.iter().take(n).map(describe).collect()
    }
}
