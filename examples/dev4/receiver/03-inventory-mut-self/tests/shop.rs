use d4_receiver_03_inventory_mut_self::shop::*;

#[test]
fn stocks() {
    let inv = opening();
    assert!(has(&inv, "apple") && !has(&inv, "kiwi"));
    assert_eq!(total(&inv, &["apple", "pear"]), 5);
}
