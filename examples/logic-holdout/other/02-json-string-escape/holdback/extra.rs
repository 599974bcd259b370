use json_string_escape::escape_json;

#[test]
fn backslashes_everywhere() {
    assert_eq!(escape_json("\\"), "\\\\");
    assert_eq!(escape_json("a\\\"b"), "a\\\\\\\"b");
    assert_eq!(escape_json("\\n"), "\\\\n");
    assert_eq!(escape_json("tab\there"), "tab\\there");
}
