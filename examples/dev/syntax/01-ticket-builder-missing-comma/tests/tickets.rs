use syntax_ticket_builder_missing_comma::{parse_ticket, urgent_ids};

#[test]
fn parses_tickets() {
    let t = parse_ticket("42 | Login fails | high | Auth, UI ,").unwrap();
    assert_eq!((t.id, t.title.as_str(), t.priority), (42, "Login fails", 3));
    assert_eq!(t.tags, vec!["auth", "ui"]);
    assert_eq!(parse_ticket("7|Typo||").unwrap().priority, 2);
}

#[test]
fn rejects_and_filters() {
    assert_eq!(parse_ticket("x|a|low|"), Err("bad id \"x\"".to_string()));
    assert_eq!(parse_ticket("1|a|urgent|"), Err("bad priority \"urgent\"".to_string()));
    assert_eq!(urgent_ids(&["1|a|high|", "2|b|low|", "nope", "3|c|high|x"]), vec![1, 3]);
}
