use std::borrow::Cow;

use percent_encoding::{percent_decode, percent_decode_str, percent_encode, utf8_percent_encode, AsciiSet, CONTROLS, NON_ALPHANUMERIC};

const FRAGMENT: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`');

#[test]
fn encodes() {
    assert_eq!(utf8_percent_encode("foo <bar>", FRAGMENT).to_string(), "foo%20%3Cbar%3E");
    assert_eq!(percent_encode(b"a b/c", NON_ALPHANUMERIC).to_string(), "a%20b%2Fc");
    let plain: Cow<str> = utf8_percent_encode("plain", FRAGMENT).into();
    assert!(matches!(plain, Cow::Borrowed("plain")));
    assert_eq!(utf8_percent_encode("\u{e9}t\u{e9}", NON_ALPHANUMERIC).to_string(), "%C3%A9t%C3%A9");
}

#[test]
fn decodes() {
    assert_eq!(percent_decode_str("foo%20%3Cbar%3E").decode_utf8().unwrap(), "foo <bar>");
    assert_eq!(percent_decode(b"100%").collect::<Vec<u8>>(), b"100%");
    assert_eq!(percent_decode(b"%zz%41").collect::<Vec<u8>>(), b"%zzA");
    assert_eq!(percent_decode_str("%C3%A9").decode_utf8_lossy(), "\u{e9}");
    let same: Cow<[u8]> = percent_decode(b"nothing").into();
    assert!(matches!(same, Cow::Borrowed(_)));
}
