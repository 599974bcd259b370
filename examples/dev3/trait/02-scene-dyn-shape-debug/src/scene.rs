use crate::shapes::Shape;

#[derive(Debug, Default)]
pub struct Scene {
    shapes: Vec<Box<dyn Shape>>,
}

impl Scene {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, shape: impl Shape + 'static) -> &mut Self {
        self.shapes.push(Box::new(shape));
        self
    }

    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.shapes.iter().map(|s| s.name()).collect()
    }
}
