/// Two lower-case hex digits per byte, leading zero kept: [1, 255] -> "01ff".
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:x}")).collect()
}
