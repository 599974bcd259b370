use radix_format::{from_radix, to_radix, with_prefix};

#[test]
fn round_trips() {
    for n in [1u64, 2, 9, 10, 100, 12345, 65535, 1 << 40, u64::MAX] {
        for base in [2, 3, 8, 10, 16, 36] {
            assert_eq!(from_radix(&to_radix(n, base), base), Some(n));
        }
    }
    assert_eq!(with_prefix(8, 8), "0o10");
    assert_eq!(with_prefix(100, 10), "100");
    assert_eq!(to_radix(123, 10), "123");
}
