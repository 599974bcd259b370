use intent_hex_byte::to_hex;

#[test]
fn two_digits_per_byte() {
    assert_eq!(to_hex(&[1, 255, 16]), "01ff10");
    assert_eq!(to_hex(&[]), "");
}
