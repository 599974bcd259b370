use intent_count_lines_nonempty::count_nonempty;

#[test]
fn skips_blank_lines() {
    assert_eq!(count_nonempty("a\n\n  \nb\n"), 2);
    assert_eq!(count_nonempty(""), 0);
}
