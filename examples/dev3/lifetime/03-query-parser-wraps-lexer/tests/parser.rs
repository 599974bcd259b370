use lifetime_query_parser_wraps_lexer::{Filter, Parser};

#[test]
fn parses_fields_and_text() {
    let query = String::from("  status:open  crash :x tag:ui");
    let mut p = Parser::new(&query);
    assert_eq!(p.next_filter(), Some(Filter::Field { key: "status", value: "open" }));
    assert_eq!(p.next_filter(), Some(Filter::Text("crash")));
    assert_eq!(p.next_filter(), Some(Filter::Text(":x")));
    assert_eq!(p.next_filter(), Some(Filter::Field { key: "tag", value: "ui" }));
    assert_eq!(p.next_filter(), None);
}

#[test]
fn empty_query() {
    assert_eq!(Parser::new("   ").next_filter(), None);
}
