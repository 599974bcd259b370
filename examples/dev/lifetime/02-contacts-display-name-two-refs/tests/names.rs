use lifetime_contacts_display_name_two_refs::contact::Contact;
use lifetime_contacts_display_name_two_refs::names::{by_display_name, display_name, greetings};

fn book() -> Vec<Contact> {
    vec![
        Contact::new("Grace Hopper", "grace@navy.mil"),
        Contact::new("Alan Turing", "alan@bletchley.uk").with_nickname("Prof"),
        Contact::new("  ", "anon@example.com"),
        Contact::new("Grace Kelly", "gk@monaco.mc"),
    ]
}

#[test]
fn picks_display_names() {
    let book = book();
    assert_eq!(display_name(&book[0], "?"), "Grace");
    assert_eq!(display_name(&book[1], "?"), "Prof");
    assert_eq!(display_name(&book[2], "?"), "?");
    assert_eq!(greetings(&book[1..3]), vec!["Hi Prof!", "Hi there!"]);
}

#[test]
fn groups_by_display_name() {
    let book = book();
    let groups = by_display_name(&book);
    assert_eq!(groups["Grace"], vec!["grace@navy.mil", "gk@monaco.mc"]);
    assert_eq!(groups["anon@example.com"], vec!["anon@example.com"]);
    assert_eq!(groups.len(), 3);
}
