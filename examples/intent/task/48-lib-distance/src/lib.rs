/// A point in the plane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

// TODO: write `pub fn distance(a: Point, b: Point) -> f64`, the straight-line distance.

/// The point halfway between `a` and `b`.
pub fn midpoint(a: Point, b: Point) -> Point {
    Point { x: (a.x + b.x) / 2.0, y: (a.y + b.y) / 2.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midpoint_of_a_segment() {
        let m = midpoint(Point { x: 0.0, y: 0.0 }, Point { x: 2.0, y: 4.0 });
        assert_eq!(m, Point { x: 1.0, y: 2.0 });
    }
}
