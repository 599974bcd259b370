use parcel_shipping::rates::base_rate;
use parcel_shipping::{quote, Quote, Speed};

#[test]
fn tier_edges() {
    assert_eq!(base_rate(0), 450);
    assert_eq!(base_rate(500), 450);
    assert_eq!(base_rate(501), 790);
    assert_eq!(base_rate(2_000), 790);
    assert_eq!(base_rate(2_001), 1_490);
    assert_eq!(quote(4_999, 100, Speed::Standard), Quote { cents: 450, free: false });
    assert_eq!(quote(5_001, 100, Speed::Standard), Quote { cents: 0, free: true });
    assert_eq!(quote(5_000, 100, Speed::Express), Quote { cents: 680, free: false });
}
