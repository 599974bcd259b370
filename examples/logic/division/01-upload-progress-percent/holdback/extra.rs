use upload_progress::Upload;

#[test]
fn percent_rounds_down() {
    let mut u = Upload::new();
    u.add("a", 3);
    u.record("a", 1);
    assert_eq!(u.percent(), 33);
    u.record("a", 1);
    assert_eq!(u.percent(), 66);
    assert_eq!(u.file_percent("a"), Some(66));
}

#[test]
fn large_files_do_not_lose_precision() {
    let mut u = Upload::new();
    u.add("iso", 4_000_000_000);
    u.record("iso", 3_999_999_999);
    assert_eq!(u.percent(), 99);
    assert_eq!(u.status_line(), "99% (0/1 files)");
}
