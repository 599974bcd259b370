use type_polygon_optional_name::{legend, pt, Polygon};

fn square(side: f64) -> Vec<type_polygon_optional_name::Point> {
    vec![pt(0.0, 0.0), pt(side, 0.0), pt(side, side), pt(0.0, side)]
}

#[test]
fn measures() {
    let tri = Polygon::new(vec![pt(0.0, 0.0), pt(4.0, 0.0), pt(0.0, 3.0)]);
    assert_eq!(tri.area(), 6.0);
    assert_eq!(tri.perimeter(), 12.0);
    let clockwise = Polygon::new(vec![pt(0.0, 2.0), pt(2.0, 2.0), pt(2.0, 0.0), pt(0.0, 0.0)]);
    assert_eq!(clockwise.area(), 4.0);
}

#[test]
fn label_width_counts_characters() {
    assert_eq!(Polygon::named("Großfeld", square(1.0)).label_width(), 8);
    assert_eq!(Polygon::new(square(1.0)).label_width(), 0);
}

#[test]
fn legend_aligns_names() {
    let polys = vec![
        Polygon::named("yard", square(3.0)),
        Polygon::new(square(1.0)),
        Polygon::named("pond", vec![pt(0.0, 0.0), pt(5.0, 0.0), pt(0.0, 1.0)]),
        Polygon::named("garden", square(2.0)),
    ];
    assert_eq!(legend(&polys), "yard   | 9.0\n       | 1.0\npond   | 2.5\ngarden | 4.0\n");
}
