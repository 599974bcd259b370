use bounding_box::bounds;
use bounding_box::geometry::Point;

#[test]
fn areas() {
    let b = bounds(&[Point { x: 0.0, y: 0.0 }, Point { x: 2.0, y: 5.0 }]).unwrap();
    assert_eq!(b.area(), 10.0);
    assert_eq!(b.height(), 5.0);
    let tall = bounds(&[Point { x: 3.0, y: -4.0 }, Point { x: 3.5, y: 4.0 }]).unwrap();
    assert_eq!(tall.height(), 8.0);
    assert_eq!(tall.area(), 4.0);
}
