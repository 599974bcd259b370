use lifetime_grep_matches::{find_all, highlight, snippet};

const TEXT: &str = "fn main() {\n    let total = add(1, add(2, 3));\n}\n";

#[test]
fn finds_every_occurrence() {
    let needle = String::from("add");
    let matches = find_all(TEXT, &needle);
    drop(needle);
    assert_eq!(matches.len(), 2);
    assert_eq!((matches[0].line_no, matches[0].column), (2, 16));
    assert_eq!((matches[1].line_no, matches[1].column), (2, 23));
    assert!(find_all(TEXT, "").is_empty());
}

#[test]
fn highlights_and_snips() {
    let m = find_all(TEXT, "main")[0];
    assert_eq!(highlight(m), "fn \x1b[1;31mmain\x1b[0m() {");
    assert_eq!(snippet(&m, 2), "n main()");
    let total = find_all(TEXT, "total")[0];
    assert_eq!(snippet(&total, 100), TEXT.lines().nth(1).unwrap());
}
