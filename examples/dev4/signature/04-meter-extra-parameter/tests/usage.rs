use d4_signature_04_meter_extra_parameter::usage::*;

#[test]
fn totals() {
    assert_eq!(day(&[1, 5, 3]).total(), 9);
    assert_eq!(day(&[1, 5, 3]).peak(), 5);
    assert_eq!(with_baseline(10).total(), 15);
}
