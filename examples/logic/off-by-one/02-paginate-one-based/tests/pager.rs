use paginate_results::Pager;

const ITEMS: [u32; 7] = [10, 11, 12, 13, 14, 15, 16];

#[test]
fn first_page_starts_at_the_first_item() {
    let p = Pager::new(&ITEMS, 3);
    let page = p.page(1).unwrap();
    assert_eq!(page.items, &[10, 11, 12]);
    assert!(page.has_next);
}

#[test]
fn summary_of_the_last_page() {
    assert_eq!(Pager::new(&ITEMS, 3).summary(3), "7-7 of 7");
}

#[test]
fn counts_and_out_of_range() {
    let p = Pager::new(&ITEMS, 3);
    assert_eq!(p.page_count(), 3);
    assert!(p.page(0).is_none());
    assert!(p.page(4).is_none());
    assert_eq!(Pager::new(&ITEMS, 10).page_count(), 1);
}
