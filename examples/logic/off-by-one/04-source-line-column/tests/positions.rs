use source_positions::{error_at, SourceMap};

const SRC: &str = "let x = 1;\nlet y = x +;\n";

#[test]
fn error_message_points_at_the_column() {
    assert_eq!(error_at(SRC, 22, "expected expression"), "2:12: expected expression\n  | let y = x +;");
}

#[test]
fn start_of_file() {
    assert_eq!(SourceMap::new(SRC).position(0), (1, 1));
}

#[test]
fn lines() {
    let m = SourceMap::new(SRC);
    assert_eq!(m.line_count(), 3);
    assert_eq!(m.line_text(1), Some("let x = 1;"));
    assert_eq!(m.line_text(0), None);
}
