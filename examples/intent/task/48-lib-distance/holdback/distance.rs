use task_distance::{distance, Point};

#[test]
fn three_four_five() {
    let d = distance(Point { x: 1.0, y: 1.0 }, Point { x: 4.0, y: 5.0 });
    assert!((d - 5.0).abs() < 1e-9);
    assert_eq!(distance(Point { x: 2.0, y: 2.0 }, Point { x: 2.0, y: 2.0 }), 0.0);
}
