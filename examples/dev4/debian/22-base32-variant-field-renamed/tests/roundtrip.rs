extern crate base32;

use base32::Alphabet;

#[test]
fn round_trips() {
    let data: Vec<u8> = (0..50u8).map(|b| b.wrapping_mul(91)).collect();
    for n in 0..data.len() {
        let chunk = &data[..n];
        for alphabet in [Alphabet::RFC4648 { padding: true }, Alphabet::RFC4648 { padding: false }, Alphabet::Crockford].iter() {
            let text = base32::encode(*alphabet, chunk);
            assert_eq!(base32::decode(*alphabet, &text).unwrap(), chunk);
        }
    }
    assert_eq!(base32::encode(Alphabet::RFC4648 { padding: true }, b"f"), "MY======");
}
