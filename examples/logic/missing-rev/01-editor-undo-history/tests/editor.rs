use editor_undo_history::Editor;

fn sample() -> Editor {
    let mut e = Editor::default();
    e.insert(0, "hello");
    e.insert(5, " world");
    e.delete(0, 1);
    e
}

#[test]
fn history_is_newest_first() {
    let e = sample();
    assert_eq!(e.history(2), vec!["delete \"h\" at 0", "insert \" world\" at 5"]);
}

#[test]
fn undo_and_redo_restore_text() {
    let mut e = sample();
    assert_eq!(e.text(), "ello world");
    assert!(e.undo());
    assert_eq!(e.text(), "hello world");
    assert!(e.undo());
    assert_eq!(e.text(), "hello");
    assert!(e.redo());
    assert_eq!(e.text(), "hello world");
}

#[test]
fn a_new_edit_clears_redo() {
    let mut e = sample();
    e.undo();
    e.insert(0, ">");
    assert!(!e.redo());
    assert_eq!(e.text(), ">hello world");
}
