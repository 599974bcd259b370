//! Text buffer with an undo/redo history of reversible edits.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Insert the text at the byte offset.
    Insert(usize, String),
    /// Delete the given text, which starts at the byte offset.
    Delete(usize, String),
}

impl Edit {
    fn inverse(&self) -> Edit {
        match self {
            Edit::Insert(at, text) => Edit::Delete(*at, text.clone()),
            Delete(at, text) => Edit::Insert(*at, text.clone()),
        }
    }

    fn perform(&self, buf: &mut String) {
        match self {
            Edit::Insert(at, text) => buf.insert_str(*at, text),
            Edit::Delete(at, text) => buf.replace_range(*at..*at + text.len(), ""),
        }
    }
}

#[derive(Debug, Default)]
pub struct Buffer {
    text: String,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl Buffer {
    pub fn text(&self) -> &str {
        &self.text
    }

    fn record(&mut self, edit: Edit) {
        edit.perform(&mut self.text);
        self.undo.push(edit);
        self.redo.clear();
    }

    pub fn insert(&mut self, at: usize, s: &str) {
        self.record(Edit::Insert(at, s.to_string()));
    }

    pub fn delete(&mut self, at: usize, len: usize) {
        let removed = self.text[at..at + len].to_string();
        self.record(Edit::Delete(at, removed));
    }

    pub fn undo(&mut self) -> bool {
        let Some(edit) = self.undo.pop() else { return false };
        edit.inverse().perform(&mut self.text);
        self.redo.push(edit);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(edit) = self.redo.pop() else { return false };
        edit.perform(&mut self.text);
        self.undo.push(edit);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_restore_text() {
        let mut b = Buffer::default();
        b.insert(0, "hello world");
        b.delete(5, 6);
        b.insert(5, ", there");
        assert_eq!(b.text(), "hello, there");
        assert!(b.undo());
        assert_eq!(b.text(), "hello");
        assert!(b.undo());
        assert_eq!(b.text(), "hello world");
        assert!(b.redo());
        assert_eq!(b.text(), "hello");
    }

    #[test]
    fn new_edit_clears_redo() {
        let mut b = Buffer::default();
        b.insert(0, "abc");
        assert!(b.undo());
        b.insert(0, "x");
        assert!(!b.redo());
        assert_eq!(b.text(), "x");
        assert!(b.undo());
        assert!(!b.undo());
        assert_eq!(b.text(), "");
    }
}
