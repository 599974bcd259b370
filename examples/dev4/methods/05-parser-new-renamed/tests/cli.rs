use d4_methods_05_parser_new_renamed::cli::*;

#[test]
fn parses() {
    assert_eq!(flags(&["--v", "x"]), vec!["v"]);
    assert_eq!(loose(&["--v", "x"]), vec!["v", "x"]);
}
