use syntax_polygon_geometry::{Point, Polygon};

#[test]
fn area_and_perimeter_of_square_and_triangle() {
    let square = Polygon::new(&[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]).unwrap();
    assert_eq!(square.signed_area(), 4.0);
    assert_eq!(square.perimeter(), 8.0);
    let tri = Polygon::new(&[(0.0, 0.0), (0.0, 4.0), (3.0, 0.0)]).unwrap();
    assert_eq!(tri.signed_area(), -6.0);
    assert_eq!(tri.perimeter(), 12.0);
    assert!(Polygon::new(&[(0.0, 0.0), (1.0, 1.0)]).is_none());
}

#[test]
fn bounding_box_contains_vertices() {
    let poly = Polygon::new(&[(1.0, -1.0), (4.0, 2.0), (-2.0, 3.0)]).unwrap();
    let bb = poly.bounding_box();
    assert_eq!(bb.min, Point::new(-2.0, -1.0));
    assert_eq!((bb.width(), bb.height()), (6.0, 4.0));
    assert!(bb.contains(Point::new(0.0, 0.0)));
    assert!(!bb.contains(Point::new(5.0, 0.0)));
}
