use radix_format::{from_radix, to_radix, with_prefix};

#[test]
fn binary_and_hex() {
    assert_eq!(to_radix(10, 2), "1010");
    assert_eq!(with_prefix(4096 + 10, 16), "0x100a");
}

#[test]
fn single_digits_and_zero() {
    assert_eq!(to_radix(0, 7), "0");
    assert_eq!(to_radix(35, 36), "z");
    assert_eq!(to_radix(255, 16), "ff");
}

#[test]
fn parsing() {
    assert_eq!(from_radix("1010", 2), Some(10));
    assert_eq!(from_radix("zz", 36), Some(1295));
    assert_eq!(from_radix("12", 2), None);
    assert_eq!(from_radix("", 10), None);
}
