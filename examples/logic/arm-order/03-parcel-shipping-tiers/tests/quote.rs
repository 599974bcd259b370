use parcel_shipping::rates::{base_rate, express};
use parcel_shipping::{quote, Quote, Speed};

#[test]
fn light_parcel_standard() {
    assert_eq!(quote(1_000, 300, Speed::Standard), Quote { cents: 450, free: false });
}

#[test]
fn free_from_exactly_fifty() {
    assert_eq!(quote(5_000, 1_500, Speed::Standard), Quote { cents: 0, free: true });
}

#[test]
fn heavier_tiers_and_express() {
    assert_eq!(base_rate(1_500), 790);
    assert_eq!(base_rate(10_000), 1_490);
    assert_eq!(base_rate(12_345), 1_490 + 468);
    assert_eq!(express(790), 1_190);
    assert_eq!(quote(9_000, 8_000, Speed::Express), Quote { cents: 2_240, free: false });
}
