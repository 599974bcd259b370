use crate::shape::Shape;

pub fn unit_circle() -> Shape {
    Shape::Circle(1.0)
}

pub fn is_round(s: &Shape) -> bool {
    matches!(s, Shape::Circle(_))
}

pub fn radii(shapes: &[Shape]) -> Vec<f64> {
    shapes.iter().filter_map(|s| if let Shape::Circle(r) = s { Some(*r) } else { None }).collect()
}
