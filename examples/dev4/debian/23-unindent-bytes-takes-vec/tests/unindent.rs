use unindent::{unindent, unindent_bytes, Unindent};

#[test]
fn strips_common_indentation() {
    let indented = "
            line one
            line two";
    assert_eq!(unindent(indented), "line one\nline two");
    assert_eq!(format!("\n    a\n      b").unindent(), "a\n  b");
    assert_eq!(unindent_bytes(b"\n  x\n  y"), b"x\ny");
    assert_eq!(b"\n  x\n\n  y"[..].unindent(), b"x\n\ny");
    assert_eq!(unindent("first\n    second\n    third"), "first\nsecond\nthird");
}
