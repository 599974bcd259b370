/// A plane figure.
pub trait Shape {
    /// The enclosed area.
    fn area(&self) -> f64;
    /// The length of the boundary.
    fn perimeter(&self) -> f64;
}

pub struct Circle {
    pub radius: f64,
}

impl Shape for Circle {
    fn perimeter(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.radius
    }
}
