pub trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

#[derive(Debug, Clone, Copy)]
pub struct Circle {
    pub r: f64,
}

#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub w: f64,
    pub h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }

    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }

    fn name(&self) -> &'static str {
        "rect"
    }
}
