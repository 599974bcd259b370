/// Priorities from user input are clamped to 0..=9; anything above counts as urgent (9).
pub fn normalize_priority(raw: i32) -> i32 {
    raw.clamp(0, 9)
}
