#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Parse `#rrggbb` or `#rgb` (the leading `#` is optional).
pub fn parse_hex(s: &str) -> Option<Rgb> {
    let s = s.strip_prefix('#').unwrap_or(s);
    let channel = |i: usize, len: usize| u8::from_str_radix(s.get(i..i + len)?, 16).ok();
    match s.len() {
        6 => Some(Rgb { r: channel(0, 2)?, g: channel(2, 2)?, b: channel(4, 2)? }),
        3 => Some(Rgb { r: channel(0, 1)? * 17, g: channel(1, 1)? * 17, b: channel(2, 1)? * 17 }),
        _ => None,
    }
}

impl Rgb {
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Relative luminance in 0..=1 (sRGB approximation without gamma).
    pub fn luminance(self) -> f64 {
        (0.2126 * self.r as f64 + 0.7152 * self.g as f64 + 0.0722 * self.b as f64) / 255.0
    }

    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let lerp = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
        Rgb { r: lerp(self.r, other.r), g: lerp(self.g, other.g), b: lerp(self.b, other.b) }
    }
}
