use borrow_log_ingest_temporary_and_move::archive::Archive;
use borrow_log_ingest_temporary_and_move::parse::{parse_line, Level};

#[test]
fn parses_lines() {
    let e = parse_line("  [WARN] Disk at 91%").unwrap();
    assert_eq!((e.level, e.message.as_str()), (Level::Warn, "Disk at 91%"));
    assert_eq!(parse_line("[Error]boom").map(|e| e.level), None);
    assert_eq!(parse_line("[error] boom").unwrap().message, "boom");
    assert!(parse_line("no level here").is_none());
    assert!(parse_line("").is_none());
}

#[test]
fn archives_batches() {
    let mut a = Archive::default();
    assert_eq!(a.ingest("web", "[info] up\n[error] down\ngarbage\n[debug] x"), 1);
    assert_eq!(a.ingest("db", "[warning] slow query"), 2);
    assert_eq!(a.batches[0].entries.len(), 3);
    assert_eq!(a.batches[1].header.source, "db");
    assert_eq!(a.count_at_least(Level::Warn), 2);
}
