extern crate glob;

use glob::{MatchOptions, Pattern};

#[test]
fn matches_with_options() {
    let loose = MatchOptions { case_sensitive: false, require_literal_separator: false, require_literal_leading_dot: false };
    let pattern = Pattern::new("*.TXT").unwrap();
    assert!(pattern.matches_with("notes.txt", loose));
    assert!(!pattern.matches_with("notes.txt", MatchOptions::new()));
    assert!(pattern.matches("notes.TXT"));
    assert_eq!(pattern.as_str(), "*.TXT");
}
