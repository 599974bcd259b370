use mutability_checklist_complete_tagged::Checklist;

fn list() -> Checklist {
    let mut c = Checklist::default();
    c.add("pack tent", &["Camping", "gear", "camping"]);
    c.add("buy food", &["shop", "camping"]);
    c.add("water plants", &["home", " "]);
    c
}

#[test]
fn tags_are_normalised_and_unique() {
    assert_eq!(list().all_tags(), vec!["camping", "gear", "shop", "home"]);
}

#[test]
fn complete_by_tag() {
    let mut c = list();
    assert_eq!(c.complete_tagged("camping"), 2);
    assert_eq!(c.remaining(), vec!["water plants"]);
    assert_eq!(c.complete_tagged("camping"), 0);
    assert_eq!(c.complete_tagged("home"), 1);
    assert!(c.remaining().is_empty());
}
