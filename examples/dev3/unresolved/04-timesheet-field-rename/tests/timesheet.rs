use unresolved_timesheet_field_rename::parse::parse_entry;
use unresolved_timesheet_field_rename::report::{billable_by_project, total_minutes};
use unresolved_timesheet_field_rename::Entry;

#[test]
fn parses_durations() {
    let e = parse_entry("acme; 1h30; billable").unwrap();
    assert_eq!(e, Entry { project: "acme".into(), minutes: 90, billable: true });
    assert_eq!(parse_entry("ops; 45m").unwrap().minutes, 45);
    assert_eq!(parse_entry("ops; 2h").unwrap().minutes, 120);
    assert!(parse_entry("; 2h").is_none());
}

#[test]
fn billable_totals() {
    let entries: Vec<Entry> = ["acme; 1h; billable", "zeta; 30m; billable", "acme; 15m; billable", "acme; 2h"]
        .iter()
        .filter_map(|l| parse_entry(l))
        .collect();
    assert_eq!(total_minutes(&entries), 225);
    let totals = billable_by_project(&entries);
    assert_eq!(totals.into_iter().collect::<Vec<_>>(), vec![("acme".to_string(), 75), ("zeta".to_string(), 30)]);
}
