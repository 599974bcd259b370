//! Shapes used to be separate structs; they are now variants of one enum.

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Triangle(f64, f64, f64),
}

pub fn square(side: f64) -> Shape {
    Rect { w: side, h: side }
}

impl Shape {
    pub fn area(&self) -> f64 {
        match *self {
            Circle(r) => std::f64::consts::PI * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Triangle(a, b, c) => {
                // Heron's formula
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
        }
    }

    pub fn perimeter(&self) -> f64 {
        match *self {
            Shape::Circle(r) => 2.0 * std::f64::consts::PI * r,
            Shape::Rect { w, h } => 2.0 * (w + h),
            Shape::Triangle(a, b, c) => a + b + c,
        }
    }
}

/// Total area of the shapes, and the shape with the largest perimeter.
pub fn survey(shapes: &[Shape]) -> (f64, Option<&Shape>) {
    let total = shapes.iter().map(Shape::area).sum();
    let widest = shapes.iter().max_by(|a, b| a.perimeter().total_cmp(&b.perimeter()));
    (total, widest)
}
