use source_positions::SourceMap;

#[test]
fn line_starts_and_ends() {
    let m = SourceMap::new("ab\ncd\n\nef");
    assert_eq!(m.position(2), (1, 3));
    assert_eq!(m.position(3), (2, 1));
    assert_eq!(m.position(4), (2, 2));
    assert_eq!(m.position(6), (3, 1));
    assert_eq!(m.position(8), (4, 2));
    assert_eq!(m.position(100), (4, 3));
}
