//! Polygons with an optional name, and a legend listing their areas.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

pub fn pt(x: f64, y: f64) -> Point {
    Point { x, y }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub name: Option<String>,
    pub vertices: Vec<Point>,
}

impl Polygon {
    pub fn new(vertices: Vec<Point>) -> Self {
        Polygon { name: None, vertices }
    }

    pub fn named(name: &str, vertices: Vec<Point>) -> Self {
        Polygon { name: Some(name.to_string()), vertices }
    }

    pub fn perimeter(&self) -> f64 {
        let n = self.vertices.len();
        (0..n)
            .map(|i| {
                let (a, b) = (self.vertices[i], self.vertices[(i + 1) % n]);
                ((b.x - a.x).powi(2) + (b.y - a.y).powi(2)).sqrt()
            })
            .sum()
    }

    /// Shoelace formula; the vertex order does not matter.
    pub fn area(&self) -> f64 {
        let n = self.vertices.len();
        let mut twice = 0.0;
        for i in 0..n {
            let (a, b) = (self.vertices[i], self.vertices[(i + 1) % n]);
            twice += a.x * b.y - b.x * a.y;
        }
        twice.abs() / 2.0;
    }

    /// Width of the name column for this polygon; unnamed polygons take no width.
    pub fn label_width(&self) -> usize {
        self.name.chars().count()
    }
}

/// One line per polygon: the name padded to the widest name, then the area.
pub fn legend(polygons: &[Polygon]) -> String {
    let width = polygons.iter().map(Polygon::label_width).max().unwrap_or(0);
    let mut out = String::new();
    for p in polygons {
        let name = p.name.as_deref().unwrap_or("");
        out.push_str(&format!("{name:<width$} | {:.1}\n", p.area()));
    }
    out
}
