use hex::{FromHex, FromHexError, ToHex};

#[test]
fn encodes_and_decodes() {
    assert_eq!(hex::encode("kiwi"), "6b697769");
    assert_eq!(hex::encode_upper("kiwi"), "6B697769");
    assert_eq!(hex::decode("6b697769").unwrap(), b"kiwi");
    assert_eq!("kiwi".encode_hex::<String>(), "6b697769");
    assert_eq!(<[u8; 4]>::from_hex("6b697769"), Ok(*b"kiwi"));
}

#[test]
fn reports_the_bad_character() {
    assert_eq!(
        hex::decode("6b6x"),
        Err(FromHexError::InvalidHexCharacter { c: 'x', index: 3 })
    );
    let mut out = [0u8; 2];
    assert_eq!(hex::decode_to_slice("zz00", &mut out), Err(FromHexError::InvalidHexCharacter { c: 'z', index: 0 }));
    assert_eq!(hex::decode("abc"), Err(FromHexError::OddLength));
}
