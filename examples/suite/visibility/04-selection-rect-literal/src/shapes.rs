/// Axis-aligned rectangle. Invariant: `w >= 0` and `h >= 0`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Rect {
    /// Build a rectangle, flipping the origin if the extent is negative.
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        let (x, w) = if w < 0.0 { (x + w, -w) } else { (x, w) };
        let (y, h) = if h < 0.0 { (y + h, -h) } else { (y, h) };
        Rect { x, y, w, h }
    }

    pub fn origin(&self) -> (f32, f32) {
        (self.x, self.y)
    }

    pub fn size(&self) -> (f32, f32) {
        (self.w, self.h)
    }

    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.w <= self.x + self.w
            && other.y + other.h <= self.y + self.h
    }
}
