const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `n` written in `base` (2..=36), lowercase, without leading zeros.
pub fn to_radix(mut n: u64, base: u32) -> String {
    assert!((2..=36).contains(&base), "base out of range");
    if n == 0 {
        return "0".to_string();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % base as u64) as usize] as char);
        n /= base as u64;
    }
    out.iter().collect()
}

/// Parse `s` in `base`; None on an empty string, a bad digit or overflow.
pub fn from_radix(s: &str, base: u32) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for c in s.chars() {
        let d = c.to_digit(base)? as u64;
        n = n.checked_mul(base as u64)?.checked_add(d)?;
    }
    Some(n)
}
