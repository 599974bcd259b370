use d4_names_02_fn_renamed_called_by_path::wrap::*;

#[test]
fn wraps() {
    assert_eq!(count("a, b; c"), 3);
    assert_eq!(longest("hi there"), Some("there"));
    assert_eq!(initials("big red dog"), "brd");
}
