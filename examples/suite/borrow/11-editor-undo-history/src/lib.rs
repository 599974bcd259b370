use std::ops::Range;

#[derive(Debug, Clone)]
pub enum Edit {
    Insert(usize, String),
    Delete(Range<usize>),
    Replace(Range<usize>, String),
}

/// A text buffer with unbounded undo/redo built from whole snapshots.
#[derive(Default)]
pub struct Buffer {
    text: String,
    undo: Vec<String>,
    redo: Vec<String>,
}

impl Buffer {
    pub fn new(text: &str) -> Self {
        Buffer {
            text: text.to_string(),
            ..Self::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn apply(&mut self, edit: Edit) -> Result<(), String> {
        let before = &self.text;
        match edit {
            Edit::Insert(at, s) if self.text.is_char_boundary(at) => self.text.insert_str(at, &s),
            Edit::Delete(r) if r.end <= self.text.len() => self.text.replace_range(r, ""),
            Edit::Replace(r, s) if r.end <= self.text.len() => self.text.replace_range(r, &s),
            other => return Err(format!("edit out of range: {other:?}")),
        }
        self.undo.push(before.clone());
        self.redo.clear();
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(prev) => {
                self.redo.push(std::mem::replace(&mut self.text, prev));
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(&mut self.text, next));
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_restore_snapshots() {
        let mut buf = Buffer::new("hello world");
        buf.apply(Edit::Replace(0..5, "goodbye".into())).unwrap();
        buf.apply(Edit::Insert(0, ">> ".into())).unwrap();
        assert_eq!(buf.text(), ">> goodbye world");
        assert!(buf.undo());
        assert_eq!(buf.text(), "goodbye world");
        assert!(buf.undo());
        assert_eq!(buf.text(), "hello world");
        assert!(!buf.undo());
        assert!(buf.redo());
        assert_eq!(buf.text(), "goodbye world");
    }

    #[test]
    fn new_edit_clears_redo_and_bad_edit_is_rejected() {
        let mut buf = Buffer::new("abc");
        buf.apply(Edit::Delete(1..2)).unwrap();
        buf.undo();
        buf.apply(Edit::Insert(3, "d".into())).unwrap();
        assert!(!buf.redo());
        assert_eq!(buf.text(), "abcd");
        assert!(buf.apply(Edit::Delete(2..9)).is_err());
        assert_eq!(buf.text(), "abcd");
    }
}
