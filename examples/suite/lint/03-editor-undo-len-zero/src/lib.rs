//! Text buffer with undo/redo of insert and delete edits.

#[derive(Debug, Clone, PartialEq, Eq)]
enum Edit {
    Insert { at: usize, text: String },
    Delete { at: usize, text: String },
}

#[derive(Debug, Default)]
pub struct Buffer {
    text: String,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl Buffer {
    pub fn new(text: &str) -> Self {
        Buffer { text: text.to_string(), ..Default::default() }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn insert(&mut self, at: usize, s: &str) {
        self.apply(Edit::Insert { at, text: s.to_string() });
        self.redo.clear();
    }

    pub fn delete(&mut self, at: usize, len: usize) {
        let end = (at + len).min(self.text.len());
        let removed = self.text[at..end].to_string();
        self.apply(Edit::Delete { at, text: removed });
        self.redo.clear();
    }

    fn apply(&mut self, edit: Edit) {
        match &edit {
            Edit::Insert { at, text } => self.text.insert_str(*at, text),
            Edit::Delete { at, text } => {
                self.text.replace_range(*at..*at + text.len(), "");
            }
        }
        self.undo.push(edit);
    }

    pub fn undo(&mut self) -> bool {
        if self.undo.len() == 0 {
            return false;
        }
        let edit = self.undo.pop().unwrap();
        let inverse = match edit {
            Edit::Insert { at, text } => Edit::Delete { at, text },
            Edit::Delete { at, text } => Edit::Insert { at, text },
        };
        self.apply(inverse);
        let applied = self.undo.pop().unwrap();
        self.redo.push(applied);
        true
    }

    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(Edit::Insert { at, text }) => self.apply(Edit::Delete { at, text }),
            Some(Edit::Delete { at, text }) => self.apply(Edit::Insert { at, text }),
            None => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_round_trip() {
        let mut b = Buffer::new("hello world");
        b.delete(5, 6);
        b.insert(5, ", rust");
        assert_eq!(b.text(), "hello, rust");
        assert!(b.undo());
        assert_eq!(b.text(), "hello");
        assert!(b.undo());
        assert_eq!(b.text(), "hello world");
        assert!(!b.undo());
        assert!(b.redo());
        assert_eq!(b.text(), "hello");
    }

    #[test]
    fn new_edit_clears_redo() {
        let mut b = Buffer::new("ab");
        b.insert(2, "c");
        assert!(b.undo());
        b.insert(0, "x");
        assert!(!b.redo());
        assert_eq!(b.text(), "xab");
    }
}
