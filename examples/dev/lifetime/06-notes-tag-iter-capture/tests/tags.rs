use lifetime_notes_tag_iter_capture::{tag_cloud, titles_tagged, Note};

#[test]
fn extracts_tags() {
    let n = Note::new("trip", "Packing list #Travel #todo, #travel! # and #42");
    assert_eq!(n.tags().collect::<Vec<_>>(), vec!["travel", "todo", "travel", "42"]);
}

#[test]
fn builds_cloud() {
    let notes = vec![
        Note::new("a", "#rust #Rust #async"),
        Note::new("b", "no tags here"),
        Note::new("c", "learning #rust."),
    ];
    let cloud = tag_cloud(&notes);
    assert_eq!(cloud.into_iter().collect::<Vec<_>>(), vec![("async".to_string(), 1), ("rust".to_string(), 2)]);
    assert_eq!(titles_tagged(&notes, "#RUST"), vec!["a", "c"]);
    assert!(titles_tagged(&notes, "go").is_empty());
}
