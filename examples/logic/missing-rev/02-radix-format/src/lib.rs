//! Formatting and parsing integers in bases 2 to 36.
mod digits;
pub use digits::{from_radix, to_radix};

/// `to_radix` with a prefix for the common bases: 0b, 0o, 0x.
pub fn with_prefix(n: u64, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    format!("{}{}", prefix, to_radix(n, base))
}
