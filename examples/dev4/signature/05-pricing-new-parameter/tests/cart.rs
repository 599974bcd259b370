use d4_signature_05_pricing_new_parameter::cart::*;

#[test]
fn discounts() {
    assert_eq!(line_total(1000, 2, 10), 1800);
    assert_eq!(member_total(&[(100, 1), (200, 2)], 50), 250);
}
