use std::f64::consts::FRAC_PI_2;
use visibility_affine_transform_stack::{Mat3, TransformStack};

fn close(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
}

#[test]
fn composes_in_canvas_order() {
    let mut t = TransformStack::default();
    t.then(Mat3::translate(10.0, 0.0));
    t.then(Mat3::rotate(FRAC_PI_2));
    t.then(Mat3::scale(2.0, 2.0));
    assert!(close(t.map((1.0, 0.0)), (10.0, 2.0)));
    assert!(!t.is_identity());
}

#[test]
fn save_and_restore() {
    let mut t = TransformStack::default();
    assert!(t.is_identity());
    t.save();
    t.then(Mat3::rotate(FRAC_PI_2));
    t.then(Mat3::rotate(-FRAC_PI_2));
    assert!(t.is_identity());
    t.then(Mat3::translate(1.0, 1.0));
    assert!(close(t.map((0.0, 0.0)), (1.0, 1.0)));
    assert!(t.restore());
    assert!(close(t.map((3.0, 4.0)), (3.0, 4.0)));
    assert!(!t.restore());
}
