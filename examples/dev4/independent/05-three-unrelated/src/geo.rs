#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

pub fn manhattan(a: Point, b: Point) -> u32 {
    a.x.abs_diff(b.x) + a.y.abs_dif(b.y)
}

pub fn shifted(p: Point, dx: i32) -> Point {
    Point { x: p.x + dx, ..p }
}
