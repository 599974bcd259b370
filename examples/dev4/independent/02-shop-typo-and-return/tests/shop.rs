use d4_independent_02_shop_typo_and_return::{shop::*, stock::restock};

#[test]
fn works() {
    let items = vec![Item { name: "a".into(), price: 3 }, Item { name: "b".into(), price: 1 }];
    assert_eq!(cheapest(&items).unwrap().name, "b");
    assert_eq!(count_under(&items, 2), 1);
    let mut levels = vec![1, 5, 0];
    assert_eq!(restock(&mut levels, 2), 3);
    assert_eq!(levels, vec![2, 5, 2]);
}
