use bounding_box::bounds;
use bounding_box::geometry::Point;

fn pts() -> Vec<Point> {
    vec![Point { x: 1.0, y: 2.0 }, Point { x: 4.0, y: -1.0 }, Point { x: 2.0, y: 7.0 }]
}

#[test]
fn width_and_height() {
    let b = bounds(&pts()).unwrap();
    assert_eq!(b.width(), 3.0);
    assert_eq!(b.height(), 8.0);
}

#[test]
fn corners_and_containment() {
    let b = bounds(&pts()).unwrap();
    assert_eq!(b.min, Point { x: 1.0, y: -1.0 });
    assert_eq!(b.max, Point { x: 4.0, y: 7.0 });
    assert!(b.contains(Point { x: 2.0, y: 0.0 }));
    assert!(!b.contains(Point { x: 0.0, y: 0.0 }));
    assert_eq!(bounds(&[]), None);
}
