use crate::geo::area;

pub fn plot_area(w: f64, h: f64) -> f64 {
    area(w, h)
}

pub fn total_area(boxes: &[(f64, f64)]) -> f64 {
    boxes.iter().map(|(w, h)| area(*w, *h)).sum()
}
