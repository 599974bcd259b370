use d4_methods_03_counter_rename_finished::words::*;

#[test]
fn counts() {
    let mut c = word_counts("a b A c");
    assert_eq!(c.count("a"), 2);
    assert_eq!(twice(&mut c, "z"), 2);
    assert_eq!(c.count("q"), 0);
}
