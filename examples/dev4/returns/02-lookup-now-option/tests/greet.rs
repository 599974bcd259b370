use d4_returns_02_lookup_now_option::{greet::*, table::Table};

#[test]
fn greets() {
    let mut t = Table::default();
    t.set(1, "ann");
    assert_eq!(hello(&t, 1), "hello, ann");
    assert_eq!(hello(&t, 2), "hello, stranger");
    assert_eq!(name_len(&t, 1), 3);
}
