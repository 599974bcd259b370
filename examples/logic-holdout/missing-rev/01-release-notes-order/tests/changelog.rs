use release_notes::{parse_version, Changelog};

#[test]
fn newest_release_first() {
    let mut c = Changelog::default();
    c.add("1.2.0", &["faster parser"]);
    c.add("1.10.0", &["plugins"]);
    c.add("1.9.3", &["fix crash", "docs"]);
    assert_eq!(c.render(), "## 1.10.0\n- plugins\n## 1.9.3\n- fix crash\n- docs\n## 1.2.0\n- faster parser\n");
}

#[test]
fn versions() {
    let mut c = Changelog::default();
    assert!(!c.add("1.2", &[]));
    assert!(c.add("0.9.0", &[]));
    assert!(c.add("0.10.0", &[]));
    assert_eq!(c.latest(), Some((0, 10, 0)));
    assert_eq!(parse_version("1.2.3.4"), None);
}
