use json_string_escape::{escape_json, object};

#[test]
fn windows_paths_are_escaped() {
    assert_eq!(object(&[("path", "C:\\temp")]), "{\"path\":\"C:\\\\temp\"}");
}

#[test]
fn quotes_and_control_characters() {
    assert_eq!(escape_json("say \"hi\"\n"), "say \\\"hi\\\"\\n");
    assert_eq!(escape_json("\u{1}"), "\\u0001");
    assert_eq!(object(&[]), "{}");
}

#[test]
fn arrays() {
    assert_eq!(json_string_escape::array(&["a", "tab\t"]), "[\"a\",\"tab\\t\"]");
    assert_eq!(json_string_escape::array(&[]), "[]");
}
