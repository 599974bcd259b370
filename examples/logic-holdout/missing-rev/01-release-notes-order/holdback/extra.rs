use release_notes::Changelog;

#[test]
fn one_and_two_releases() {
    let mut c = Changelog::default();
    c.add("2.0.0", &["breaking"]);
    assert_eq!(c.render(), "## 2.0.0\n- breaking\n");
    c.add("2.0.1", &[]);
    assert_eq!(c.render(), "## 2.0.1\n## 2.0.0\n- breaking\n");
    assert_eq!(Changelog::default().render(), "");
}
