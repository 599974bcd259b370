use move_editor_undo_stack::{Edit, Editor, UndoStack};

#[test]
fn edit_and_undo() {
    let mut ed = Editor::default();
    ed.apply(&Edit::Insert { at: 0, text: "hello world".into() }).unwrap();
    ed.apply(&Edit::Delete { at: 5, len: 6 }).unwrap();
    ed.apply(&Edit::Insert { at: 5, text: ", rust".into() }).unwrap();
    assert_eq!(ed.text(), "hello, rust");
    assert!(ed.apply(&Edit::Delete { at: 9, len: 10 }).is_err());
    assert_eq!(ed.history_len(), 3);
    assert!(ed.undo());
    assert_eq!(ed.text(), "hello");
    assert!(ed.undo() && ed.undo());
    assert_eq!(ed.text(), "");
    assert!(!ed.undo());
}

#[test]
fn stack_is_lifo() {
    let mut s = UndoStack::default();
    s.push(1);
    s.push(2);
    s.push(3);
    assert_eq!(s.peek(), Some(&3));
    assert_eq!(s.pop(), Some(3));
    assert_eq!(s.pop(), Some(2));
    assert_eq!(s.len(), 1);
    assert_eq!(s.pop(), Some(1));
    assert!(s.is_empty() && s.pop().is_none());
}
