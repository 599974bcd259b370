use crate::shapes::{Point, Rect};

pub struct Polygon {
    vertices: Vec<Point>,
}

impl Polygon {
    pub fn new(coords: &[(f64, f64)]) -> Option<Self> {
        if coords.len() < 3 {
            return None;
        }
        Some(Polygon { vertices: coords.iter().map(|&(x, y)| Point::new(x, y)).collect() })
    }

    fn edges(&self) -> impl Iterator<Item = (Point, Point)> + '_ {
        let next = self.vertices.iter().cycle().skip(1);
        self.vertices.iter().copied().zip(next.copied())
    }

    /// Shoelace formula; positive for counter-clockwise vertex order.
    pub fn signed_area(&self) -> f64 {
        self.edges().map(|(a, b)| a.x * b.y - b.x * a.y).sum::<f64>() / 2.0
    }

    pub fn perimeter(&self) -> f64 {
        self.edges().map(|(a, b)| a.distance(b)).sum()
    }

    pub fn bounding_box(&self) -> Rect {
        let first = self.vertices[0];
        let (mut min, mut max) = (first, first);
        for p in &self.vertices[1..] {
            min = Point::new(min.x.min(p.x), min.y.min(p.y));
            max = Point::new(max.x.max(p.x), max.y.max(p.y));
        }
        Rect { min, max }
    }
}
