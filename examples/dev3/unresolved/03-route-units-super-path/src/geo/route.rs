use super::units::Meters;
use super::Point;

/// A polyline in a local metric grid (coordinates in metres).
#[derive(Debug, Default)]
pub struct Route {
    points: Vec<Point>,
}

impl Route {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, x: f64, y: f64) -> &mut Self {
        self.points.push(Point { x, y });
        self
    }

    pub fn length(&self) -> Meters {
        Meters(self.points.windows(2).map(|w| w[0].distance(w[1])).sum())
    }

    pub fn longer_than(&self, limit: Meters) -> bool {
        self.length() > limit
    }
}
