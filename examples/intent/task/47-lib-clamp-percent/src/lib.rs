/// A percentage for display: values below 0 become 0, values above 100 become 100.
pub fn percent(value: i32) -> u8 {
    // TODO: clamp into 0..=100 instead of casting (a cast wraps around)
    value as u8
}
