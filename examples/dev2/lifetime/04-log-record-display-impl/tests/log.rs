use lifetime_log_record_display_impl::{filter_log, parse_line, Level, LogRecord};

#[test]
fn parses_borrowed_fields() {
    let line = String::from("  [warning] db.pool :  connection slow ");
    let rec = parse_line(&line).unwrap();
    assert_eq!(rec, LogRecord { level: Level::Warn, target: "db.pool", message: "connection slow" });
    assert_eq!(rec.to_string(), "WARN  db.pool: connection slow");
    assert!(parse_line("no brackets: here").is_none());
    assert!(parse_line("[TRACE] x: y").is_none());
}

#[test]
fn filters_by_level() {
    let log = "[info] http: GET /\n[err] http: 500 on /login\ngarbage\n[Debug] cache: miss\n[WARN] disk: 91% full\n";
    assert_eq!(
        filter_log(log, Level::Warn),
        vec!["ERROR http: 500 on /login", "WARN  disk: 91% full"]
    );
    assert_eq!(filter_log(log, Level::Debug).len(), 4);
}
