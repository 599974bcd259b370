use intent_shape_area::{Circle, Shape};

#[test]
fn circle_measures() {
    let c = Circle { radius: 2.0 };
    assert!((c.area() - 12.566_370_614).abs() < 1e-6);
    assert!((c.perimeter() - 12.566_370_614).abs() < 1e-6);
}
