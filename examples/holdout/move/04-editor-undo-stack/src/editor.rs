use crate::stack::UndoStack;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Insert { at: usize, text: String },
    Delete { at: usize, len: usize },
}

#[derive(Default)]
pub struct Editor {
    text: String,
    undo: UndoStack<String>,
}

impl Editor {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn history_len(&self) -> usize {
        self.undo.len()
    }

    /// Apply an edit (byte offsets); the previous text is kept for undo.
    pub fn apply(&mut self, edit: &Edit) -> Result<(), String> {
        let mut next = self.text.clone();
        match edit {
            Edit::Insert { at, text } if next.is_char_boundary(*at) => next.insert_str(*at, text),
            Edit::Delete { at, len } if next.get(*at..at + len).is_some() => {
                next.replace_range(*at..at + len, "");
            }
            _ => return Err(format!("edit out of range: {edit:?}")),
        }
        self.undo.push(self.text);
        self.text = next;
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                self.text = previous;
                true
            }
            None => false,
        }
    }
}
