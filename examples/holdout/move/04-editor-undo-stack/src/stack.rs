/// Persistent-style singly linked stack used for undo history.
struct Node<T> {
    value: T,
    next: Option<Box<Node<T>>>,
}

pub struct UndoStack<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T> Default for UndoStack<T> {
    fn default() -> Self {
        UndoStack { head: None, len: 0 }
    }
}

impl<T> UndoStack<T> {
    pub fn push(&mut self, value: T) {
        let next = self.head;
        self.head = Some(Box::new(Node { value, next }));
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        let node = self.head.take()?;
        self.head = node.next;
        self.len -= 1;
        Some(node.value)
    }

    pub fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.value)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}
