pub const MIN_LEN: usize = 10;
pub const MAX_LEN: usize = 128;

/// Every rule the password breaks, in a fixed order.
pub fn check(pw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let len = pw.chars().count();
    if len < MIN_LEN {
        out.push(format!("at least {} characters", MIN_LEN));
    }
    if len > MAX_LEN {
        out.push(format!("at most {} characters", MAX_LEN));
    }
    if !pw.chars().any(|c| c.is_ascii_digit()) {
        out.push("a digit".to_string());
    }
    if !pw.chars().any(|c| c.is_uppercase()) || !pw.chars().any(|c| c.is_lowercase()) {
        out.push("upper and lower case".to_string());
    }
    if pw.chars().any(char::is_whitespace) {
        out.push("no spaces".to_string());
    }
    out
}
