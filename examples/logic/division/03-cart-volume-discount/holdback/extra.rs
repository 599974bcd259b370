use cart_volume_discount::pricing::apply_bps;
use cart_volume_discount::Cart;

#[test]
fn discount_rounds_down_to_the_cent() {
    assert_eq!(apply_bps(999, 250), 24);
    assert_eq!(apply_bps(10_000, 1), 1);
    assert_eq!(apply_bps(123_456, 1_000), 12_345);
    let mut c = Cart::default();
    c.add("a", 333, 60);
    c.add("b", 17, 40);
    assert_eq!(c.discount(), 2_066);
    assert_eq!(c.total(), 18_594);
}
