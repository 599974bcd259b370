use editor_undo_history::Editor;

#[test]
fn full_history_and_after_undo() {
    let mut e = Editor::default();
    e.insert(0, "ab");
    e.insert(2, "c");
    e.insert(0, "z");
    assert_eq!(e.history(10), vec!["insert \"z\" at 0", "insert \"c\" at 2", "insert \"ab\" at 0"]);
    e.undo();
    assert_eq!(e.history(1), vec!["insert \"c\" at 2"]);
    assert_eq!(e.history(0), Vec::<String>::new());
}
