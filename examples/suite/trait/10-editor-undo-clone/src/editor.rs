use crate::document::Document;

#[derive(Debug)]
pub enum Edit<'a> {
    Insert(usize, &'a str),
    Delete(usize),
    Replace(&'a str, &'a str),
}

#[derive(Debug, Default)]
pub struct Editor {
    doc: Document,
    undo: Vec<Document>,
    redo: Vec<Document>,
}

impl Editor {
    pub fn open(text: &str) -> Self {
        Editor { doc: Document::from_text(text), ..Default::default() }
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn apply(&mut self, edit: Edit) {
        self.undo.push(self.doc.clone());
        self.redo.clear();
        match edit {
            Edit::Insert(at, line) => self.doc.insert_line(at, line),
            Edit::Delete(at) => {
                self.doc.delete_line(at);
            }
            Edit::Replace(from, to) => {
                self.doc.replace_all(from, to);
            }
        }
    }

    pub fn undo(&mut self) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                let current = std::mem::replace(&mut self.doc, previous);
                self.redo.push(current);
                true
            }
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        match self.redo.pop() {
            Some(next) => {
                let current = std::mem::replace(&mut self.doc, next);
                self.undo.push(current);
                true
            }
            None => false,
        }
    }
}
