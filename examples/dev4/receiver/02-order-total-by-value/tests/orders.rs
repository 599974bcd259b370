use d4_receiver_02_order_total_by_value::*;

#[test]
fn sums() {
    let os = vec![Order { items: vec![("a".into(), 5), ("b".into(), 7)] }, Order { items: vec![] }];
    assert_eq!(revenue(&os), 12);
    assert_eq!(big(&os, 1), 1);
    assert_eq!(os[0].total(), 12);
}
