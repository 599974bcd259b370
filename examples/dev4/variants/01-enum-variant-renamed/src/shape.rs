#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    Round(f64),
    Square(f64),
}

impl Shape {
    pub fn area(&self) -> f64 {
        match self {
            Shape::Round(r) => std::f64::consts::PI * r * r,
            Shape::Square(s) => s * s,
        }
    }
}
