//! Axis-aligned bounding boxes of point sets.
pub mod geometry;

use geometry::{BoundingBox, Point};

/// Bounding box of all points; None for an empty set.
pub fn bounds(points: &[Point]) -> Option<BoundingBox> {
    let first = *points.first()?;
    let mut b = BoundingBox { min: first, max: first };
    for p in &points[1..] {
        b.min.x = b.min.x.min(p.x);
        b.min.y = b.min.y.min(p.y);
        b.max.x = b.max.x.max(p.x);
        b.max.y = b.max.y.max(p.y);
    }
    Some(b)
}
