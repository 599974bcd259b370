/// An axis-aligned rectangle.
pub struct Rect {
    pub width: u32,
    pub height: u32,
}
