use paginate_results::Pager;

#[test]
fn every_page() {
    let items: Vec<u32> = (1..=10).collect();
    let p = Pager::new(&items, 4);
    assert_eq!(p.page(2).unwrap().items, &[5, 6, 7, 8]);
    assert_eq!(p.page(3).unwrap().items, &[9, 10]);
    assert!(!p.page(3).unwrap().has_next);
    assert_eq!(p.summary(2), "5-8 of 10");
    let none: [u32; 0] = [];
    let e = Pager::new(&none, 5);
    assert_eq!(e.page(1).unwrap().items, &none);
    assert_eq!(e.summary(1), "0 of 0");
}
