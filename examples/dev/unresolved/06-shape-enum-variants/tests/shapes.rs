use unresolved_shape_enum_variants::{square, survey, Shape};

#[test]
fn areas() {
    assert_eq!(square(3.0).area(), 9.0);
    assert_eq!(Shape::Triangle(3.0, 4.0, 5.0).area(), 6.0);
    assert!((Shape::Circle(1.0).area() - std::f64::consts::PI).abs() < 1e-12);
}

#[test]
fn perimeters_and_survey() {
    let shapes = vec![square(2.0), Shape::Circle(2.0), Shape::Rect { w: 1.0, h: 10.0 }];
    assert_eq!(shapes[0].perimeter(), 8.0);
    let (total, widest) = survey(&shapes);
    assert!((total - (4.0 + 4.0 * std::f64::consts::PI + 10.0)).abs() < 1e-9);
    assert_eq!(widest, Some(&Shape::Rect { w: 1.0, h: 10.0 }));
    assert_eq!(survey(&[]), (0.0, None));
}
