use cart_volume_discount::pricing::discount_bps_for;
use cart_volume_discount::Cart;

#[test]
fn small_orders_pay_full_price() {
    let mut c = Cart::default();
    c.add("pen", 150, 4);
    c.add("pen", 150, 1);
    assert_eq!(c.units(), 5);
    assert_eq!(c.total(), 750);
}

#[test]
fn ten_items_get_two_and_a_half_percent() {
    let mut c = Cart::default();
    c.add("mug", 1_200, 10);
    assert_eq!(c.subtotal(), 12_000);
    assert_eq!(c.discount(), 300);
    assert_eq!(c.total(), 11_700);
}

#[test]
fn tiers() {
    assert_eq!(discount_bps_for(9), 0);
    assert_eq!(discount_bps_for(10), 250);
    assert_eq!(discount_bps_for(99), 500);
    assert_eq!(discount_bps_for(100), 1_000);
}
