use upload_progress::Upload;

fn two_files() -> Upload {
    let mut u = Upload::new();
    u.add("a.bin", 600);
    u.add("b.bin", 400);
    u
}

#[test]
fn half_way_is_fifty_percent() {
    let mut u = two_files();
    u.record("a.bin", 500);
    assert_eq!(u.percent(), 50);
}

#[test]
fn status_line_counts_finished_files() {
    let mut u = two_files();
    u.record("b.bin", 400);
    assert_eq!(u.status_line(), "40% (1/2 files)");
}

#[test]
fn recording_is_capped_and_checked() {
    let mut u = two_files();
    assert!(u.record("a.bin", 10_000));
    assert!(!u.record("c.bin", 1));
    assert_eq!(u.totals(), (600, 1000));
    assert_eq!(u.file_percent("a.bin"), Some(100));
}

#[test]
fn empty_and_complete_uploads() {
    let mut u = Upload::new();
    assert_eq!(u.percent(), 100);
    u.add("x", 3);
    u.record("x", 3);
    assert_eq!(u.percent(), 100);
}
