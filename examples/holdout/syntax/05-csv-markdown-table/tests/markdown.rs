use syntax_csv_markdown_table::{to_markdown, Table};

#[test]
fn renders_aligned_table() {
    let t = Table::from_csv("name, qty\nbolts,120\n\nnuts , 8\nwasher\n").unwrap();
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[2], vec!["washer".to_string(), String::new()]);
    let md = to_markdown(&t);
    let lines: Vec<&str> = md.lines().collect();
    assert_eq!(lines[0], "| name   | qty |");
    assert_eq!(lines[1], "|--------|-----|");
    assert_eq!(lines[2], "| bolts  | 120 |");
    assert_eq!(lines[4], "| washer |     |");
}

#[test]
fn escapes_pipes_and_handles_empty_input() {
    let t = Table::from_csv("a|b,c\n1,2,3\n").unwrap();
    assert_eq!(t.header[0], "a\\|b");
    assert_eq!(t.width(), 3);
    assert!(Table::from_csv("\n\n").is_none());
}
