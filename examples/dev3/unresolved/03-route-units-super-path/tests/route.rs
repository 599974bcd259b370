use unresolved_route_units_super_path::geo::Route;
use unresolved_route_units_super_path::units::Meters;

#[test]
fn length_of_polyline() {
    let mut r = Route::new();
    r.push(0.0, 0.0).push(300.0, 400.0).push(300.0, 1400.0);
    assert_eq!(r.length(), Meters(1500.0));
    assert!((r.length().km() - 1.5).abs() < 1e-12);
}

#[test]
fn compare_with_limit() {
    let mut r = Route::new();
    r.push(0.0, 0.0).push(0.0, 100.0);
    assert!(r.longer_than(Meters::from_feet(300.0)));
    assert!(!r.longer_than(Meters::from_feet(400.0)));
    assert_eq!(Route::new().length(), Meters(0.0));
}
