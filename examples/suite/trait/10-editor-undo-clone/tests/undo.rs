use trait_editor_undo_clone::{Edit, Editor};

#[test]
fn undo_and_redo_restore_snapshots() {
    let mut ed = Editor::open("alpha\nbeta");
    ed.apply(Edit::Insert(1, "middle"));
    ed.apply(Edit::Replace("a", "A"));
    assert_eq!(ed.document().text(), "AlphA\nmiddle\nbetA");
    assert!(ed.undo());
    assert_eq!(ed.document().text(), "alpha\nmiddle\nbeta");
    assert!(ed.undo());
    assert_eq!(ed.document().text(), "alpha\nbeta");
    assert!(!ed.undo());
    assert!(ed.redo());
    assert_eq!(ed.document().line_count(), 3);
}

#[test]
fn new_edit_clears_redo() {
    let mut ed = Editor::open("one\ntwo\nthree");
    ed.apply(Edit::Delete(0));
    ed.undo();
    ed.apply(Edit::Delete(2));
    assert!(!ed.redo());
    assert_eq!(ed.document().text(), "one\ntwo");
}
